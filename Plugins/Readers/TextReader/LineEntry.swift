import DocGraphKit

/// A non-blank line, its shape and how many blank lines come before it.
struct LineEntry {
    let line: TextLine
    let shape: LineShape
    let blankLinesBefore: Int
    /// The line's text, trimmed.
    let text: String
    /// True for a line e-mail programs add around the content (see ``DocumentDating/isChrome(line:)``).
    let isChrome: Bool

    /// The non-blank lines of a text.
    static func entries(of text: String, tokens: [Token]) -> [LineEntry] {
        var entries: [LineEntry] = []
        var blanks = 0
        for line in TextLine.lines(of: text, tokens: tokens) {
            if line.isBlank {
                blanks += 1
                continue
            }
            let lineText = Document.slice(text, line.range)
            entries.append(LineEntry(line: line, shape: LineShape(line, text: text), blankLinesBefore: blanks,
                                     text: lineText, isChrome: DocumentDating.isChrome(line: lineText)))
            blanks = 0
        }
        return entries
    }

    var range: TextRange { line.range }
    var wordCount: Int { shape.wordCount }

    /// A line short enough and unfinished enough to be a heading: one to fifteen words, not
    /// starting in lower case, not ending in a full stop, comma or semicolon; a line of up to
    /// eight words may end with `!` or `?` ("Members wanted too!").
    var isHeadingShaped: Bool {
        guard (1...15).contains(wordCount), !shape.startsLowercase,
              let first = line.tokens.first, first.kind != .punctuation || ["“", "\"", "‘", "'"].contains(first.text)
        else { return false }
        if [",", ";", ":"].contains(shape.lastMark) || endsWithAddress || readsAsSentence { return false }
        if shape.endsSentence { return wordCount <= 8 && (shape.lastMark == "!" || shape.lastMark == "?") }
        return true
    }

    /// True when the line ends with a web or e-mail address ("visit: www.example.org").
    private var endsWithAddress: Bool {
        guard let last = line.tokens.last, last.kind == .symbol else { return false }
        return last.text.contains(".") || last.text.contains("@")
    }

    /// True when the line ends with a linking word (cut off mid-sentence), or is six words or
    /// more with an auxiliary verb ("The next newsletter will be published on Friday").
    private var readsAsSentence: Bool {
        let words = line.words.map { $0.text.lowercased() }
        if let last = words.last, ReaderCues.unfinishedEndings.contains(last) { return true }
        return words.count >= 6 && words.contains { ReaderCues.auxiliaryVerbs.contains($0) }
    }

    /// A line that reads as body text: long, or finished with a full stop or colon.
    var isBodyShaped: Bool {
        wordCount > 15 || shape.endsSentence || shape.lastMark == ":"
    }
}
