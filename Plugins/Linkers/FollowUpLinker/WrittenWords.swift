/// One document's passages and their words as written, one passage after another, as ids in
/// the corpus's words: the part of its ``DocumentWords`` that the language of an outcome and a
/// role filled are read from. A segment of documents (``CorpusSegment``) holds these for its
/// documents while commitments are weighed against them, not the term counts, which take about
/// twice the space and are needed only while the segment is built.
struct WrittenWords: Sendable, Equatable {
    var ids: [Int32] = []
    var passages: [CorpusPassage] = []

    /// The words of a passage as written, in order, as ids in the corpus's words.
    func of(_ passage: CorpusPassage) -> ArraySlice<Int32> {
        ids[Int(passage.words.lowerBound)..<Int(passage.words.upperBound)]
    }

    /// The words of the passage numbered `passage` in its document.
    func of(passage: Int) -> ArraySlice<Int32> {
        of(passages[passage])
    }
}
