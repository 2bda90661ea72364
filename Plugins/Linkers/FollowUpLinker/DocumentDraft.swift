import DocGraphKit

/// A stored document split into passages (``PassageDraft``), not yet interned into the corpus.
struct DocumentDraft: Sendable {
    var stored: StoredDocument
    var passages: [PassageDraft]
    /// Where its passages name one of the `plans`.
    var plans: PlanMentions

    /// Splits a document into sentences and counts their terms, and finds where it names one of
    /// the `plans` (names in lower case); `stems` keeps the stems of the words seen, from one
    /// document to the next.
    init(
        stored: StoredDocument, text: String, lexicon: FollowUpLexicon, entities: EntityIndex, plans: [String],
        stems: inout ContentStems
    ) {
        self.stored = stored
        let shell = Document(id: stored.sha256, name: stored.name, source: stored.source, format: stored.format,
                             date: stored.date, text: text)
        let annotations = TextAnalyzer().analyze(shell)
        let offsets = UnicodeScalarOffsets(text)
        let dates = DateNormaliser(reference: stored.date).expressions(in: text, tokens: annotations.tokens).map(\.range)
        let sections = DocumentSections(document: shell, sentences: annotations.sentences)
        var passages: [PassageDraft] = []
        var heading: Int?
        for (index, sentence) in annotations.sentences.enumerated() {
            let scalars = offsets.scalarRange(of: sentence.range)
            var counts = Self.counts(annotations.tokens(inside: sentence.range), dates: dates, lexicon: lexicon, stems: &stems)
            for node in entities.nodes(inDocument: stored.sha256, scalars: scalars.start..<scalars.end) {
                counts.terms["@\(node)"] = 1
            }
            let isHeading = sections.isHeading[index]
            passages.append(PassageDraft(
                range: sentence.range, scalars: scalars.start..<scalars.end, words: counts.words, written: counts.written,
                terms: counts.terms, isHeading: isHeading, heading: heading,
                boilerplateKey: BoilerplateIndex.hash(counts.key.sorted().joined(separator: " ")),
                pointsBack: !lexicon.anaphora.matches(in: counts.words).isEmpty))
            if isHeading { heading = passages.count - 1 }
        }
        self.passages = passages
        self.plans = PlanMentions(text: text, passages: passages.map(\.range), names: plans)
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
    ) -> (words: [String], written: [String], terms: [String: Int], key: Set<String>) {
        var words: [String] = []
        var written: [String] = []
        var terms: [String: Int] = [:]
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
            if let previous, previous != stem { terms[CorpusDocument.pair(previous, stem), default: 0] += 1 }
            previous = stem
            if !isInside(token.range, dates) { key.insert(stem) }
        }
        return (words, written, terms, key)
    }
}
