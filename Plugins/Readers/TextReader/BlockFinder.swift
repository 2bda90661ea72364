import DocGraphKit

/// Finds the blocks of a plain text: headings, paragraphs, list items (bullets, numbered
/// items, diary entries), captions, and the lines around the content (letterhead, e-mail
/// chrome, the date line, a signature).
///
/// Each non-blank line is first judged alone (its markers and cues), then against its
/// neighbours; paragraph lines that continue one another are then joined into one block.
struct BlockFinder {
    let text: String
    /// The document's date, which diary entries ("March 6: ...") are resolved against.
    let date: PartialDate?
    /// The document's title, whose line becomes the top heading.
    let title: String?

    /// The blocks, in text order.
    func blocks() -> [Block] {
        let tokens = Tokenizer().tokens(in: text)
        let entries = LineEntry.entries(of: text, tokens: tokens)
        let titleIndex = title.flatMap { title in entries.firstIndex { cleaned($0) == title } }
        var roles: [LineRole] = []
        for index in entries.indices {
            roles.append(role(of: index, in: entries, titleIndex: titleIndex, previous: roles.last))
        }
        return BlockAssembly(entries: entries, roles: roles, date: date).blocks()
    }

    /// A line's text without markdown markers, as ``DocumentDating`` reports titles.
    private func cleaned(_ entry: LineEntry) -> String {
        Document.slice(text, TextRange(start: entry.shape.contentStart, end: max(entry.shape.contentStart,
                                                                                 entry.shape.contentEnd)))
    }

    private func role(of index: Int, in entries: [LineEntry], titleIndex: Int?, previous: LineRole?) -> LineRole {
        let entry = entries[index]
        let next = index + 1 < entries.count ? entries[index + 1] : nil
        if let titleIndex {
            if index == titleIndex { return .heading(level: 1) }
            if index < titleIndex {
                return .paragraph(role: entry.isChrome ? "chrome" : "letterhead")
            }
        }
        if let alone = roleAlone(entry) { return alone }
        let aloneBefore = index == 0 || entry.blankLinesBefore > 0
        let aloneAfter = next.map { $0.blankLinesBefore > 0 } ?? true
        if entry.shape.marker == .number {
            let isHeading = aloneBefore && aloneAfter && entry.wordCount <= 12 && !entry.shape.endsSentence
            return isHeading ? .heading(level: 2) : .listItem(list: "numbered", date: nil)
        }
        if isListLine(index, in: entries, previous: previous) { return .listItem(list: "lines", date: nil) }
        if isSignature(entry, next: next, previous: previous, previousEntry: index > 0 ? entries[index - 1] : nil) {
            return .paragraph(role: "signature")
        }
        if case .heading = previous, entry.blankLinesBefore <= 1, !entry.shape.endsSentence,
           ![":", ";", ","].contains(entry.shape.lastMark), (6...40).contains(entry.wordCount), let next,
           next.blankLinesBefore == 0, next.isBodyShaped {
            return .caption
        }
        let runsOn = next.map { $0.shape.startsLowercase && !entry.shape.endsSentence } ?? false
        if entry.isHeadingShaped && !runsOn { return .heading(level: 2) }
        if entry.shape.lastMark == ":", entry.wordCount <= 6, aloneBefore, aloneAfter, !introducesAList(next) {
            return .heading(level: 2)
        }
        return .paragraph(role: entry.isChrome ? "chrome" : nil)
    }

    /// The role a line has whatever its neighbours: a caption cue, a bullet, a diary entry,
    /// a markdown heading, e-mail chrome or a date line.
    private func roleAlone(_ entry: LineEntry) -> LineRole? {
        let shape = entry.shape
        if isCaption(shape) { return .caption }
        if shape.marker == .bullet { return .listItem(list: "bullet", date: nil) }
        if let diary = DiaryEntry(entry, in: text, date: date) { return .listItem(list: "diary", date: diary.date?.iso) }
        if case .markdownHeading(let level) = shape.marker { return .heading(level: level) }
        if shape.marker == .bold, shape.wordCount <= 15 { return .heading(level: 2) }
        if entry.isChrome { return .paragraph(role: "chrome") }
        if shape.wordCount <= 4, DocumentDating.date(inLeadingText: entry.text) != nil { return .paragraph(role: "dateline") }
        return nil
    }

    /// True when a line is a bullet, a numbered item or a diary entry: what a line ending with
    /// a colon introduces, so that line is not a heading.
    private func introducesAList(_ next: LineEntry?) -> Bool {
        guard let next else { return false }
        if next.shape.marker == .bullet || next.shape.marker == .number { return true }
        return DiaryEntry(next, in: text, date: date) != nil
    }

    /// Short unfinished lines right after a line ending with a colon, two or more together
    /// ("Here are more pictures:" / "Street patrol in town" / "Bike marking event").
    private func isListLine(_ index: Int, in entries: [LineEntry], previous: LineRole?) -> Bool {
        func isShort(_ entry: LineEntry) -> Bool {
            entry.blankLinesBefore == 0 && entry.wordCount <= 12 && !entry.shape.endsSentence
        }
        guard index > 0, isShort(entries[index]) else { return false }
        if previous == .listItem(list: "lines", date: nil) { return true }
        guard entries[index - 1].shape.lastMark == ":", index + 1 < entries.count else { return false }
        return isShort(entries[index + 1])
    }

    /// A caption cue at the start ("Pictured above ..."), a phrase naming who is in a picture
    /// (", from left, "), or a short line ending in a picture word ("Youth Academy logo").
    private func isCaption(_ shape: LineShape) -> Bool {
        if ReaderCues.captionPrefixes.contains(where: shape.lower.hasPrefix) { return true }
        if hasCaptionPhrase(shape.line) { return true }
        guard shape.wordCount <= 6, !shape.endsSentence, let last = shape.lower.split(separator: " ").last else {
            return false
        }
        return ReaderCues.pictureWords.contains(String(last))
    }

    /// True when the line holds one of ``ReaderCues/captionPhrases`` as tokens.
    private func hasCaptionPhrase(_ line: TextLine) -> Bool {
        let tokens = Array(line.tokens)
        for (index, token) in tokens.enumerated() where ["from", "left", "("].contains(token.text.lowercased()) {
            let matches = ReaderCues.captionPhrases.contains { phrase in
                index + phrase.count <= tokens.count
                    && phrase.indices.allSatisfy { tokens[index + $0].text.lowercased() == phrase[$0] }
            }
            if matches { return true }
        }
        return false
    }

    /// Short title-case lines right after a paragraph that sign it off: a name and a role
    /// ("Jane Doe" / "Chief Executive"), at least two lines together.
    private func isSignature(_ entry: LineEntry, next: LineEntry?, previous: LineRole?, previousEntry: LineEntry?) -> Bool {
        guard entry.shape.isTitleCase, entry.wordCount <= 6, !entry.shape.endsSentence else { return false }
        if previous == .paragraph(role: "signature") { return entry.blankLinesBefore == 0 }
        guard previous == .paragraph(role: nil), previousEntry?.shape.endsSentence == true,
              entry.blankLinesBefore <= 1, let next, next.blankLinesBefore == 0 else { return false }
        return next.shape.isTitleCase && next.wordCount <= 6 && !next.shape.endsSentence
    }
}
