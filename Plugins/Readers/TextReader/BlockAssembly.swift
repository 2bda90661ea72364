import DocGraphKit

/// Turns classified lines into blocks: joins paragraph lines that continue one another, splits
/// captions glued to the paragraph after them, and sets each block's range, level and attributes.
struct BlockAssembly {
    let entries: [LineEntry]
    let roles: [LineRole]
    let date: PartialDate?

    /// Lines no longer than this may be hard-wrapped prose; longer lines are whole paragraphs.
    static let widestWrappedLine = 100
    /// Lines shorter than this are never taken for wrapped prose.
    static let shortestWrappedLine = 50

    func blocks() -> [Block] {
        var blocks: [Block] = []
        var previousParagraph: Int?
        for (index, entry) in entries.enumerated() {
            let role = roles[index]
            if role == .paragraph(role: nil), let previous = previousParagraph, continues(entry, after: previous),
               let last = blocks.last {
                blocks[blocks.count - 1].range = TextRange(start: last.range.start, end: entry.range.end)
                previousParagraph = index
                continue
            }
            blocks += makeBlocks(entry, role: role)
            previousParagraph = role == .paragraph(role: nil) ? index : nil
        }
        return blocks
    }

    /// True when a paragraph line continues the paragraph of an earlier line: it runs on in lower
    /// case after an unfinished line (even across blank lines), or both lines are hard-wrapped
    /// prose in one stanza.
    private func continues(_ entry: LineEntry, after previousIndex: Int) -> Bool {
        let previous = entries[previousIndex]
        if !previous.shape.endsSentence, entry.shape.startsLowercase, entry.blankLinesBefore <= 2 { return true }
        guard entry.blankLinesBefore == 0 else { return false }
        let widest = stanzaWidth(around: previousIndex)
        let length = previous.range.length
        return widest <= Self.widestWrappedLine && length >= Self.shortestWrappedLine && length * 10 >= widest * 7
    }

    /// The longest line of the stanza (lines without a blank between) that holds a line.
    private func stanzaWidth(around index: Int) -> Int {
        var first = index
        while first > 0, entries[first].blankLinesBefore == 0 { first -= 1 }
        var last = index
        while last + 1 < entries.count, entries[last + 1].blankLinesBefore == 0 { last += 1 }
        return entries[first...last].map(\.range.length).max() ?? 0
    }

    private func makeBlocks(_ entry: LineEntry, role: LineRole) -> [Block] {
        let shape = entry.shape
        let level = 1 + entry.line.indent / 4
        switch role {
        case .heading(let headingLevel):
            let keepsMarker = shape.marker == .number
            let range = keepsMarker ? entry.range : TextRange(start: shape.contentStart, end: shape.contentEnd)
            return [Block(kind: .heading, range: range, level: headingLevel)]
        case .listItem(let list, let date):
            var attributes = ["list": list]
            if let date { attributes["date"] = date }
            let dropsMarker = shape.marker == .bullet || shape.marker == .number
            let range = dropsMarker ? TextRange(start: shape.contentStart, end: entry.range.end) : entry.range
            return [Block(kind: .listItem, range: range, level: level, attributes: attributes)]
        case .caption:
            return [Block(kind: .caption, range: entry.range)]
        case .paragraph(let lineRole):
            if let lineRole {
                return [Block(kind: .paragraph, range: entry.range, attributes: ["role": lineRole])]
            }
            guard !shape.startsLowercase, let split = GluedCaption.split(entry.line) else {
                return [Block(kind: .paragraph, range: entry.range)]
            }
            return [Block(kind: .caption, range: TextRange(start: entry.range.start, end: split)),
                    Block(kind: .paragraph, range: TextRange(start: split, end: entry.range.end))]
        }
    }
}
