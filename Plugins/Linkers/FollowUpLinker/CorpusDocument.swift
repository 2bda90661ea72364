import DocGraphKit

/// A stored document split into the passages the linker weighs.
struct CorpusDocument: Sendable {
    var stored: StoredDocument
    var text: String
    var passages: [CorpusPassage]

    /// Marks that end a sentence; a line without one is a heading when it is short.
    static let finalMarks: Set<Character> = [".", "!", "?", ":", ";", "\"", "\u{201D}", "\u{2019}", ")"]
    static let headingWords = 12

    init(stored: StoredDocument, text: String, lexicon: FollowUpLexicon, entities: EntityIndex) {
        self.stored = stored
        self.text = text
        let tokens = Tokenizer().tokens(in: text)
        let shell = Document(id: stored.sha256, name: stored.name, source: stored.source, format: stored.format,
                             date: stored.date, text: text)
        let sentences = SentenceSplitter().sentences(in: shell, tokens: tokens)
        let annotations = Annotations(tokens: tokens)
        let offsets = UnicodeScalarOffsets(text)
        let dates = DateNormaliser(reference: stored.date).expressions(in: text, tokens: tokens).map(\.range)
        var passages: [CorpusPassage] = []
        var heading: Int?
        for sentence in sentences {
            let scalars = offsets.scalarRange(of: sentence.range)
            var passage = Self.passage(
                sentence.range, scalars: scalars.start..<scalars.end, text: text,
                tokens: annotations.tokens(inside: sentence.range), dates: dates, lexicon: lexicon)
            for node in entities.nodes(inDocument: stored.sha256, scalars: scalars.start..<scalars.end) {
                passage.terms["@\(node)"] = 1
            }
            passage.heading = heading
            if passage.isHeading { heading = passages.count }
            passages.append(passage)
        }
        self.passages = passages
    }

    /// The passage holding a scalar offset.
    func passage(containingScalar offset: Int) -> Int? {
        passages.firstIndex { $0.scalars.contains(offset) } ?? passages.lastIndex { $0.scalars.lowerBound <= offset }
    }

    private static func passage(
        _ range: TextRange, scalars: Range<Int>, text: String, tokens: ArraySlice<Token>, dates: [TextRange],
        lexicon: FollowUpLexicon
    ) -> CorpusPassage {
        var words: [String] = []
        var written: [String] = []
        var terms: [String: Double] = [:]
        var surfaces: [String: String] = [:]
        var key = Set<String>()
        for token in tokens where token.kind == .word {
            let lower = String(token.text.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
            words.append(lower)
            written.append(token.text)
            guard lower.count >= 3, !lexicon.stopwords.contains(lower), lower.contains(where: \.isLetter) else { continue }
            let stem = Stemmer.stem(lower)
            terms[stem, default: 0] += 1
            if surfaces[stem] == nil { surfaces[stem] = token.text }
            if !dates.contains(where: { $0.contains(token.range) }) { key.insert(stem) }
        }
        let passageText = Document.slice(text, range)
        let last = passageText.last { !$0.isWhitespace }
        let isHeading = !words.isEmpty && words.count <= headingWords && !(last.map(finalMarks.contains) ?? false)
        return CorpusPassage(
            range: range, scalars: scalars, text: passageText, words: words, written: written, terms: terms,
            surfaces: surfaces, isHeading: isHeading, heading: nil, boilerplateKey: key.sorted().joined(separator: " "))
    }
}
