import DocGraphKit

/// What a line looks like, read from its tokens: the features the block finder decides by.
struct LineShape {
    let line: TextLine
    /// Where the content starts once a list marker or markdown markers are skipped.
    let contentStart: Int
    /// Where the content ends once closing markdown markers are skipped.
    let contentEnd: Int
    let marker: Marker
    let wordCount: Int
    let endsSentence: Bool
    /// The last token's text (`:`, `.`, a word...).
    let lastMark: String
    let startsLowercase: Bool
    /// True when every word is capitalised, small linking words aside ("Police and Crime Commissioner").
    let isTitleCase: Bool
    /// The lower-cased start of the text (up to ``cueWindow`` bytes), for cue look-ups.
    let lower: String

    /// How much of a line's start cues are looked for in.
    static let cueWindow = 240
    /// Longest line, in words, judged for title case (names and roles are short).
    static let longestTitleCaseLine = 10

    /// The list or markdown marker a line starts with.
    enum Marker: Equatable {
        case none, bullet, number, markdownHeading(level: Int), bold
    }

    init(_ line: TextLine, text: String) {
        self.line = line
        let tokens = Array(line.tokens)
        let (marker, start, end) = LineShape.marker(of: tokens, lineEnd: line.range.end)
        self.marker = marker
        self.contentStart = start
        self.contentEnd = end
        let content = tokens.filter { $0.range.start >= start && $0.range.end <= end }
        let words = content.filter { $0.kind == .word || $0.kind == .number }
        self.wordCount = words.count
        self.lastMark = content.last?.text ?? ""
        let finals: Set<String> = [".", "!", "?", "…", "..."]
        let closers: Set<String> = ["”", "’", "\"", "'", ")"]
        let beforeLast = content.count >= 2 ? content[content.count - 2].text : ""
        self.endsSentence = finals.contains(lastMark) || (closers.contains(lastMark) && finals.contains(beforeLast))
        let firstWord = content.first { $0.kind == .word }
        self.startsLowercase = content.first?.kind == .word
            && (firstWord?.text.unicodeScalars.first?.isLowercaseScalar ?? false)
        self.isTitleCase = (1...LineShape.longestTitleCaseLine).contains(words.count) && words.allSatisfy { word in
            word.kind == .number || LineShape.linkingWords.contains(word.text.lowercased())
                || (word.text.unicodeScalars.first?.isUppercaseScalar ?? false)
        }
        self.lower = Document.slice(text, TextRange(start: start, end: max(start, min(end, start + LineShape.cueWindow))))
            .lowercased()
    }

    /// Small words that stay lower-case inside a title-case line.
    static let linkingWords: Set<String> = [
        "and", "of", "for", "the", "in", "on", "at", "to", "a", "an", "by", "with", "from", "or", "&",
    ]

    /// Marks that start a bullet line.
    static let bullets: Set<String> = ["•", "·", "-", "*", "–", "▪", "◦", "‣", "●", "○", "■", "□", "➢", "►", "✓"]

    /// Finds a leading bullet (`•`, `-`), number (`8)`, `2.`, `(3)`), markdown heading (`##`)
    /// or bold wrapping (`**...**`) and the content range inside it.
    private static func marker(of tokens: [Token], lineEnd: Int) -> (Marker, Int, Int) {
        guard let first = tokens.first else { return (.none, lineEnd, lineEnd) }
        let start = first.range.start
        func separated(_ index: Int) -> Bool {
            index + 1 < tokens.count && tokens[index].range.end < tokens[index + 1].range.start
        }
        if bullets.contains(first.text), separated(0) { return (.bullet, tokens[1].range.start, lineEnd) }
        var position = 0
        if first.text == "(", tokens.count > 2, tokens[2].text == ")" { position = 1 }
        let numberToken = tokens[position]
        let isNumber = numberToken.kind == .number && numberToken.text.utf8.count <= 3
            && numberToken.text.allSatisfy(\.isASCII) && numberToken.text.allSatisfy(\.isNumber)
        if isNumber, position + 1 < tokens.count, [")", "."].contains(tokens[position + 1].text),
           tokens[position + 1].range.start == numberToken.range.end, separated(position + 1) {
            return (.number, tokens[position + 2].range.start, lineEnd)
        }
        let hashes = tokens.prefix { $0.text == "#" }.count
        if (1...6).contains(hashes), hashes < tokens.count, separated(hashes - 1) {
            return (.markdownHeading(level: hashes), tokens[hashes].range.start, lineEnd)
        }
        let stars = tokens.prefix { $0.text == "*" }.count
        let closing = tokens.reversed().prefix { $0.text == "*" }.count
        if stars == 2, closing == 2, tokens.count > 4 {
            return (.bold, tokens[2].range.start, tokens[tokens.count - 3].range.end)
        }
        return (.none, start, lineEnd)
    }
}
