import DocGraphKit

/// A stored document split into the passages the linker weighs. Neither its text nor its
/// passages are kept: the corpus holds every document at once, so the passages with their words
/// and term counts go to the corpus's file (``PassageFile``, at ``contents``) and are read back
/// while the document is weighed, and what the scorer reads of the text (the plans a window
/// names) is found while the document is read.
struct CorpusDocument: Sendable {
    var stored: StoredDocument
    /// How many passages it has.
    var passageCount: Int
    /// Where its passages name a plan.
    var plans: PlanMentions
    /// Where its passages' words and term counts (``DocumentWords``) lie in the corpus's file.
    var contents = PassageFile.Location(offset: 0, wordCount: 0, entryCount: 0)

    /// Interns a read document's words in `words` and its terms in `terms`; `lowerWords` gets
    /// the id of each written word's lower-case form, by the written word's id. Its passages, and
    /// their words and term counts one passage after another, are put in `contents`: the corpus knows
    /// each written word's lower-case form (``FollowUpCorpus/lowerWords``), so one list of
    /// words is kept, not two.
    init(
        _ draft: DocumentDraft, terms: inout Vocabulary, words: inout Vocabulary, lowerWords: inout [Int32],
        contents: inout DocumentWords
    ) {
        stored = draft.stored
        plans = draft.plans
        contents = DocumentWords()
        contents.writtenWords.reserveCapacity(draft.passages.reduce(0) { $0 + $1.written.count })
        contents.termEntries.reserveCapacity(draft.passages.reduce(0) { $0 + $1.terms.count })
        passageCount = draft.passages.count
        contents.passages.reserveCapacity(draft.passages.count)
        for passage in draft.passages {
            var counts: [Int32: Int] = [:]
            for (term, count) in passage.terms { counts[terms.intern(term)] = count }
            let lower = passage.words.map { words.intern($0) }
            let written = passage.written.map { words.intern($0) }
            if lowerWords.count < words.count { lowerWords += repeatElement(-1, count: words.count - lowerWords.count) }
            for (lower, written) in zip(lower, written) { lowerWords[Int(written)] = lower }
            let firstWord = Int32(contents.writtenWords.count)
            let firstCount = Int32(contents.termEntries.count)
            contents.writtenWords += written
            contents.termEntries += TermCounts.entries(counts)
            contents.passages.append(CorpusPassage(
                range: passage.range, scalars: passage.scalars, words: firstWord..<Int32(contents.writtenWords.count),
                counts: firstCount..<Int32(contents.termEntries.count), isHeading: passage.isHeading, heading: passage.heading,
                boilerplateKey: passage.boilerplateKey, pointsBack: passage.pointsBack))
        }
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
