/// The words and term counts of one document's passages, in compact form: the words as
/// written, one passage after another, as ids in the corpus's words, and each passage's term
/// counts, sorted by term, one passage after another. A ``CorpusPassage`` says where its own lie.
///
/// The linker keeps these in a file (``PassageFile``) once a document is read, and reads a
/// document's back only while it is weighed: they are the largest part of the corpus, and
/// would otherwise grow with it.
struct DocumentWords: Sendable, Equatable {
    var writtenWords: [Int32] = []
    var termEntries: [TermCounts.Entry] = []

    /// The words of a passage as written, in order, as ids in the corpus's words.
    func written(of passage: CorpusPassage) -> ArraySlice<Int32> {
        words.of(passage)
    }

    /// The words as written, without the term counts.
    var words: WrittenWords { WrittenWords(ids: writtenWords) }

    /// How often each term occurs in a passage.
    func terms(of passage: CorpusPassage) -> TermCounts {
        TermCounts(sorted: termEntries[Int(passage.counts.lowerBound)..<Int(passage.counts.upperBound)])
    }
}
