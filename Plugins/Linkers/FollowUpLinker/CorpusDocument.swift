import DocGraphKit

/// A stored document split into the passages the linker weighs.
struct CorpusDocument: Sendable {
    var stored: StoredDocument
    var text: String
    var passages: [CorpusPassage]

    /// Splits a document into passages, interning their terms in `terms` and their words in `words`;
    /// `stems` keeps the stems of the words seen, from one document to the next.
    init(
        stored: StoredDocument, text: String, lexicon: FollowUpLexicon, entities: EntityIndex,
        terms: inout Vocabulary, words: inout Vocabulary, stems: inout ContentStems
    ) {
        self.stored = stored
        self.text = text
        let shell = Document(id: stored.sha256, name: stored.name, source: stored.source, format: stored.format,
                             date: stored.date, text: text)
        let annotations = TextAnalyzer().analyze(shell)
        let offsets = UnicodeScalarOffsets(text)
        let dates = DateNormaliser(reference: stored.date).expressions(in: text, tokens: annotations.tokens).map(\.range)
        let sections = DocumentSections(document: shell, sentences: annotations.sentences)
        var passages: [CorpusPassage] = []
        var heading: Int?
        for (index, sentence) in annotations.sentences.enumerated() {
            let scalars = offsets.scalarRange(of: sentence.range)
            var counts = Self.counts(annotations.tokens(inside: sentence.range), dates: dates, lexicon: lexicon, stems: &stems)
            for node in entities.nodes(inDocument: stored.sha256, scalars: scalars.start..<scalars.end) {
                counts.terms["@\(node)"] = 1
            }
            var weights: [Int32: Double] = [:]
            for (term, count) in counts.terms { weights[terms.intern(term)] = count }
            let isHeading = sections.isHeading[index]
            passages.append(CorpusPassage(
                range: sentence.range, scalars: scalars.start..<scalars.end,
                words: counts.words.map { words.intern($0) }, written: counts.written.map { words.intern($0) },
                terms: SparseVector(weights), isHeading: isHeading, heading: heading,
                boilerplateKey: BoilerplateIndex.hash(counts.key.sorted().joined(separator: " "))))
            if isHeading { heading = passages.count - 1 }
        }
        self.passages = passages
    }

    /// The passage holding a scalar offset.
    func passage(containingScalar offset: Int) -> Int? {
        passages.firstIndex { $0.scalars.contains(offset) } ?? passages.lastIndex { $0.scalars.lowerBound <= offset }
    }

    /// The text of a passage.
    func text(of passage: Int) -> String {
        Document.slice(text, passages[passage].range)
    }

    /// The term for two content words that stand together, in either order ("fire governance",
    /// "governance of fire"): a shared pair says more than two shared words.
    static func pair(_ first: String, _ second: String) -> String {
        first < second ? "\(first)+\(second)" : "\(second)+\(first)"
    }

    /// True for a word (in lower case) that counts as a term: three letters or more, not a stop word.
    static func isContent(_ lower: String, lexicon: FollowUpLexicon) -> Bool {
        lower.count >= 3 && !lexicon.stopwords.contains(lower) && lower.contains(where: \.isLetter)
    }

    /// True when one of `dates` (in text order, not overlapping) holds `range`.
    private static func isInside(_ range: TextRange, _ dates: [TextRange]) -> Bool {
        var low = 0
        var high = dates.count
        while low < high {
            let middle = (low + high) / 2
            if dates[middle].start <= range.start { low = middle + 1 } else { high = middle }
        }
        return low > 0 && dates[low - 1].contains(range)
    }

    /// A sentence's words, its term counts (stems and pairs) and its boilerplate stems.
    private static func counts(
        _ tokens: ArraySlice<Token>, dates: [TextRange], lexicon: FollowUpLexicon, stems: inout ContentStems
    ) -> (words: [String], written: [String], terms: [String: Double], key: Set<String>) {
        var words: [String] = []
        var written: [String] = []
        var terms: [String: Double] = [:]
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
            guard let stem = stems.stem(of: lower, lexicon: lexicon) else { continue }
            terms[stem, default: 0] += 1
            if let previous, previous != stem { terms[Self.pair(previous, stem), default: 0] += 1 }
            previous = stem
            if !isInside(token.range, dates) { key.insert(stem) }
        }
        return (words, written, terms, key)
    }
}
