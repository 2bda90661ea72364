/// What the linker builds for one segment of the windows (``WindowIndex``, a run of whole
/// documents) while the commitments reaching it are weighed, and drops after the last
/// (``CandidateSweep``): the windows' postings, the weighted terms of the documents' sections
/// and the documents' words as written. The postings and sections come from the passages'
/// weighted terms, made once for the two from the term counts read back from the corpus's file,
/// which the segment does not keep.
struct CorpusSegment: Sendable {
    /// The documents of the segment, by index in the corpus.
    let documents: Range<Int>
    let postings: WindowPostings
    /// Each section's weighted terms (``sections(of:weighted:)``), by document (from the first
    /// of ``documents``) and the section's heading.
    private let sections: [[Int: CompactVector]]
    /// Each document's words as written, by document (from the first of ``documents``).
    private let words: [WrittenWords]

    init(documents: Range<Int>, postings: WindowPostings, sections: [[Int: CompactVector]], words: [WrittenWords]) {
        self.documents = documents
        self.postings = postings
        self.sections = sections
        self.words = words
    }

    /// The words as written of a document of the segment; `nil` for one it does not hold.
    func words(ofDocument document: Int) -> WrittenWords? {
        let offset = document - documents.lowerBound
        return words.indices.contains(offset) ? words[offset] : nil
    }

    /// The weighted terms of a section of a document of the segment: `heading` is the index of
    /// its heading, -1 for the part before the first heading.
    func section(ofDocument document: Int, heading: Int) -> SparseVector {
        sections[document - documents.lowerBound][heading]?.vector ?? SparseVector()
    }

    /// Each section's weighted terms, by its heading (-1 for the part before the first): the
    /// heading's passages under it and the heading itself, added in that order, so the sums are
    /// the same to the bit every time. Kept as 4-byte floats.
    static func sections(of passages: [CorpusPassage], weighted: [SparseVector]) -> [Int: CompactVector] {
        var sections: [Int: SparseVector] = [:]
        for (passage, vector) in zip(passages, weighted) {
            sections[passage.isHeading ? -2 : (passage.heading ?? -1), default: SparseVector()].add(vector)
        }
        for (heading, passage) in passages.enumerated() where passage.isHeading {
            sections[heading, default: SparseVector()].add(weighted[heading])
        }
        sections[-2] = nil
        return sections.mapValues(CompactVector.init)
    }
}
