import Foundation

/// One non-blank leading line of a document, as ``DocumentDating`` judges it.
struct LeadingLine {
    /// The line trimmed of white space and markdown emphasis (`**`, `__`, leading `#`).
    let text: String
    /// True when a blank line (or the start of the text) comes before it.
    let startsStanza: Bool
    let tokens: [Token]
    let words: [Token]

    init(_ raw: Substring, startsStanza: Bool) {
        var text = PlainText.trimmingSpaces(raw)
        while text.hasPrefix("#") { text.removeFirst() }
        if text.utf8.contains(UInt8(ascii: "*")) || text.utf8.contains(UInt8(ascii: "_")) {
            text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        }
        self.text = PlainText.trimmingSpaces(text)
        self.startsStanza = startsStanza
        let tokens = Tokenizer().tokens(in: self.text)
        self.tokens = tokens
        self.words = tokens.filter { $0.kind == .word || $0.kind == .number }
    }

    /// The calendar dates the line gives with their year.
    var dates: [DateExpression] {
        DateNormaliser(reference: nil).expressions(in: text, tokens: tokens).filter { $0.kind == .absolute }
    }

    /// The non-blank lines of a text, in order.
    static func lines(of text: String) -> [LeadingLine] {
        var lines: [LeadingLine] = []
        var afterBlank = true
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = LeadingLine(raw, startsStanza: afterBlank)
            afterBlank = line.text.isEmpty
            if !line.text.isEmpty { lines.append(line) }
        }
        return lines
    }

    var wordCount: Int { words.count }

    /// True when the line starts with a lower-case letter.
    var startsLowercase: Bool { text.unicodeScalars.first?.isLowercaseScalar ?? false }

    /// True when the first word labels a date ("Sent:", "Date:", "Published").
    var startsWithDateLabel: Bool {
        guard let first = words.first else { return false }
        return DocumentCues.dateLabels.contains(first.text.lowercased())
    }

    /// True when the line holds a date and little else ("March 2017", "Date: 23rd March 2017").
    var isDateLine: Bool {
        guard wordCount <= 8, let date = dates.first, date.start.precision >= .month else { return false }
        let others = words.filter { !date.range.contains($0.range) }
        return others.count <= 1
    }

    /// True for lines e-mail programs add, and short lines standing for a picture.
    var isChrome: Bool { DocumentCues.isChrome(text) }

    /// True for short labels such as "Item 3" or "Page 1 of 4".
    var isLabel: Bool {
        guard let first = words.first, wordCount <= 4 else { return false }
        return DocumentCues.labelWords.contains(first.text.lowercased()) && words.contains { $0.kind == .number }
    }

    /// True for a short line that does not end a sentence: a piece of a letterhead.
    var isFragment: Bool {
        wordCount <= 4 && !(text.last.map { ".!?".contains($0) } ?? false)
    }

    /// True for a line that reads as a sentence of body text rather than a title: long, or
    /// ending with a full stop.
    var looksLikeBody: Bool {
        wordCount > 20 || text.hasSuffix(".")
    }

    /// True when the line names a kind of document ("Monthly update", "Minutes"): a title, not
    /// a piece of a letterhead.
    var namesADocument: Bool {
        let lower = text.lowercased()
        return DocumentCues.titleWords.contains { lower.contains($0) }
    }

    /// How many leading lines form a letterhead: a first stanza of three or more short
    /// fragments (a name and a role broken over lines) that is followed by a blank line and
    /// holds no date and no word naming a kind of document.
    static func letterheadCount(of lines: [LeadingLine]) -> Int {
        guard let first = lines.first, first.startsStanza else { return 0 }
        var stanza = 1
        while stanza < lines.count, !lines[stanza].startsStanza { stanza += 1 }
        let stanzaLines = lines[..<stanza]
        guard stanza >= 3, stanza < lines.count,
              stanzaLines.allSatisfy({ $0.isFragment && !$0.isDateLine && !$0.namesADocument }) else { return 0 }
        return stanza
    }
}
