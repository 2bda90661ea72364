import DocGraphKit

/// A stored document split into the passages the linker weighs.
struct CorpusDocument: Sendable {
    var stored: StoredDocument
    var text: String
    var passages: [CorpusPassage]

    init(stored: StoredDocument, text: String, lexicon: FollowUpLexicon, entities: EntityIndex) {
        self.stored = stored
        self.text = text
        let shell = Document(id: stored.sha256, name: stored.name, source: stored.source, format: stored.format,
                             date: stored.date, text: text)
        let annotations = TextAnalyzer().analyze(shell)
        let tokens = annotations.tokens
        let offsets = UnicodeScalarOffsets(text)
        let dates = DateNormaliser(reference: stored.date).expressions(in: text, tokens: tokens).map(\.range)
        let sections = DocumentSections(document: shell, sentences: annotations.sentences)
        var passages: [CorpusPassage] = []
        var heading: Int?
        for (index, sentence) in annotations.sentences.enumerated() {
            let scalars = offsets.scalarRange(of: sentence.range)
            var passage = Self.passage(
                sentence.range, scalars: scalars.start..<scalars.end, text: text,
                tokens: annotations.tokens(inside: sentence.range), dates: dates, lexicon: lexicon)
            passage.isHeading = sections.isHeading[index]
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

    /// The term for two content words that stand together, in either order ("fire governance",
    /// "governance of fire"): a shared pair says more than two shared words.
    static func pair(_ first: String, _ second: String) -> String {
        first < second ? "\(first)+\(second)" : "\(second)+\(first)"
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
        var previous: String?
        for token in tokens {
            guard token.kind == .word else {
                previous = nil
                continue
            }
            let lower = PhraseList.normalise(token.text)
            words.append(lower)
            written.append(token.text)
            guard lower.count >= 3, !lexicon.stopwords.contains(lower), lower.contains(where: \.isLetter) else { continue }
            let stem = Stemmer.stem(lower)
            terms[stem, default: 0] += 1
            if let previous, previous != stem { terms[Self.pair(previous, stem), default: 0] += 1 }
            previous = stem
            if surfaces[stem] == nil { surfaces[stem] = token.text }
            if !dates.contains(where: { $0.contains(token.range) }) { key.insert(stem) }
        }
        return CorpusPassage(
            range: range, scalars: scalars, text: Document.slice(text, range), words: words, written: written, terms: terms,
            surfaces: surfaces, isHeading: false, heading: nil, boilerplateKey: key.sorted().joined(separator: " "))
    }
}
