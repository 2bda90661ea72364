import DocGraphKit

/// A stored document split into the passages the linker weighs.
struct CorpusDocument: Sendable {
    var stored: StoredDocument
    var text: String
    var passages: [CorpusPassage]

    /// Interns a read document's words in `words` and its terms in `terms`; `lowerWords` gets
    /// the id of each written word's lower-case form, by the written word's id.
    init(_ draft: DocumentDraft, terms: inout Vocabulary, words: inout Vocabulary, lowerWords: inout [Int32]) {
        stored = draft.stored
        text = draft.text
        passages = draft.passages.map { passage in
            var counts: [Int32: Int] = [:]
            for (term, count) in passage.terms { counts[terms.intern(term)] = count }
            let lower = passage.words.map { words.intern($0) }
            let written = passage.written.map { words.intern($0) }
            if lowerWords.count < words.count { lowerWords += repeatElement(-1, count: words.count - lowerWords.count) }
            for (lower, written) in zip(lower, written) { lowerWords[Int(written)] = lower }
            return CorpusPassage(
                range: passage.range, scalars: passage.scalars, written: written, terms: TermCounts(counts),
                isHeading: passage.isHeading, heading: passage.heading, boilerplateKey: passage.boilerplateKey)
        }
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
}
