/// One document's passages with their words and term counts, in compact form: the passages
/// (``CorpusPassage``: offsets, headings, boilerplate keys), the words as written, one passage
/// after another, as ids in the corpus's words, and each passage's term counts, sorted by term,
/// one passage after another. A passage says where its own words and counts lie.
///
/// The linker keeps these in a file (``PassageFile``) once a document is read, and reads a
/// document's back only while it is weighed: they are the largest part of the corpus, and
/// would otherwise grow with it.
struct DocumentWords: Sendable, Equatable {
    var writtenWords: [Int32] = []
    var termEntries: [TermCounts.Entry] = []
    var passages: [CorpusPassage] = []

    /// The words of a passage as written, in order, as ids in the corpus's words.
    func written(of passage: CorpusPassage) -> ArraySlice<Int32> {
        writtenWords[Int(passage.words.lowerBound)..<Int(passage.words.upperBound)]
    }

    /// The passages and their words as written, without the term counts.
    var words: WrittenWords { WrittenWords(ids: writtenWords, passages: passages) }

    /// How often each term occurs in a passage.
    func terms(of passage: CorpusPassage) -> TermCounts {
        TermCounts(sorted: termEntries[Int(passage.counts.lowerBound)..<Int(passage.counts.upperBound)])
    }

    /// The passage holding a text offset in Unicode scalars, or the last one starting before
    /// it (an offset between two sentences belongs to the first).
    func passage(containingScalar offset: Int) -> Int? {
        passages.firstIndex { $0.scalars.contains(offset) } ?? passages.lastIndex { $0.scalars.lowerBound <= offset }
    }
}
