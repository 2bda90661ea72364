import DocGraphKit
import Testing
@testable import FollowUpLinker

/// A section's weighted terms are its passages' and its heading's; the part before the first
/// heading is a section of its own.
@Suite struct CorpusSegmentTests {
    /// An untitled opening line, a heading, two lines under it, a second heading with one line.
    let passages: [CorpusPassage] = [
        passage(heading: nil),
        passage(isHeading: true, heading: nil),
        passage(heading: 1),
        passage(heading: 1),
        passage(isHeading: true, heading: nil),
        passage(heading: 4),
    ]
    let weighted = [
        SparseVector([1: 1]),
        SparseVector([2: 0.5]),
        SparseVector([2: 1, 3: 1]),
        SparseVector([3: 2]),
        SparseVector([4: 1]),
        SparseVector([5: 0.25]),
    ]

    static func passage(isHeading: Bool = false, heading: Int?) -> CorpusPassage {
        CorpusPassage(
            range: TextRange(start: 0, end: 0), scalars: 0..<0, words: 0..<0, counts: 0..<0,
            isHeading: isHeading, heading: heading, boilerplateKey: 0)
    }

    @Test func aSectionAddsItsPassagesAndItsHeading() {
        let sections = CorpusSegment.sections(of: passages, weighted: weighted)
        #expect(Set(sections.keys) == [-1, 1, 4])
        #expect(sections[-1]?.vector == SparseVector([1: 1]))
        #expect(sections[1]?.vector == SparseVector([2: 1.5, 3: 3]))
        #expect(sections[4]?.vector == SparseVector([4: 1, 5: 0.25]))
    }

    @Test func aSegmentAnswersForItsOwnDocuments() {
        let sections = CorpusSegment.sections(of: passages, weighted: weighted)
        let segment = CorpusSegment(
            documents: 7..<9, postings: WindowPostings(first: 0, vectors: [], termCount: 0), sections: [[:], sections],
            words: [WrittenWords(), WrittenWords(ids: [3, 4])])
        #expect(segment.section(ofDocument: 8, heading: 4) == SparseVector([4: 1, 5: 0.25]))
        #expect(segment.section(ofDocument: 7, heading: -1).isEmpty)
        #expect(segment.section(ofDocument: 8, heading: 2).isEmpty)
        #expect(segment.words(ofDocument: 8)?.ids == [3, 4])
        #expect(segment.words(ofDocument: 7) == WrittenWords())
        #expect(segment.words(ofDocument: 9) == nil)
        #expect(segment.words(ofDocument: 6) == nil)
    }
}
