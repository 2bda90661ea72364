import DocGraphKit

/// A stored document split into the passages the linker weighs. Its text is not kept: the
/// corpus holds every document at once, and what the scorer reads of the text (the plans a
/// window names) is found while the document is read.
struct CorpusDocument: Sendable {
    var stored: StoredDocument
    var passages: [CorpusPassage]
    /// Where its passages name a plan.
    var plans: PlanMentions
    /// The words of its passages as written, one passage after another, as ids in the corpus's
    /// words; the corpus knows each one's lower-case form (``FollowUpCorpus/lowerWords``), so
    /// one list is kept, not two.
    private var writtenWords: [Int32] = []
    /// How often each stem occurs, and `@<node id>` for each entity mentioned (1), by term id:
    /// the entries of its passages one after another, each passage's sorted by term.
    private var termEntries: [TermCounts.Entry] = []

    /// Interns a read document's words in `words` and its terms in `terms`; `lowerWords` gets
    /// the id of each written word's lower-case form, by the written word's id.
    init(_ draft: DocumentDraft, terms: inout Vocabulary, words: inout Vocabulary, lowerWords: inout [Int32]) {
        stored = draft.stored
        plans = draft.plans
        writtenWords.reserveCapacity(draft.passages.reduce(0) { $0 + $1.written.count })
        termEntries.reserveCapacity(draft.passages.reduce(0) { $0 + $1.terms.count })
        passages = []
        passages.reserveCapacity(draft.passages.count)
        for passage in draft.passages {
            var counts: [Int32: Int] = [:]
            for (term, count) in passage.terms { counts[terms.intern(term)] = count }
            let lower = passage.words.map { words.intern($0) }
            let written = passage.written.map { words.intern($0) }
            if lowerWords.count < words.count { lowerWords += repeatElement(-1, count: words.count - lowerWords.count) }
            for (lower, written) in zip(lower, written) { lowerWords[Int(written)] = lower }
            let firstWord = Int32(writtenWords.count)
            let firstCount = Int32(termEntries.count)
            writtenWords += written
            termEntries += TermCounts.entries(counts)
            passages.append(CorpusPassage(
                range: passage.range, scalars: passage.scalars, words: firstWord..<Int32(writtenWords.count),
                counts: firstCount..<Int32(termEntries.count), isHeading: passage.isHeading, heading: passage.heading,
                boilerplateKey: passage.boilerplateKey))
        }
    }

    /// The words of a passage as written, in order, as ids in the corpus's words.
    func written(of passage: Int) -> ArraySlice<Int32> {
        let span = passages[passage].words
        return writtenWords[Int(span.lowerBound)..<Int(span.upperBound)]
    }

    /// How often each term occurs in a passage.
    func terms(of passage: Int) -> TermCounts {
        let span = passages[passage].counts
        return TermCounts(sorted: termEntries[Int(span.lowerBound)..<Int(span.upperBound)])
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

    /// True for a word (in lower case) that counts as a term: three letters or more, not a stop word.
    static func isContent(_ lower: String, lexicon: FollowUpLexicon) -> Bool {
        lower.count >= 3 && !lexicon.stopwords.contains(lower) && lower.contains(where: \.isLetter)
    }
}
