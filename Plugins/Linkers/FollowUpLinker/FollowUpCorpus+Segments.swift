import Dispatch
import Synchronization

extension FollowUpCorpus {
    /// Builds a segment of the windows (``WindowIndex/segmentDocuments``): its documents'
    /// passages weighed on all cores, then their windows' postings and sections.
    func segment(_ number: Int) -> CorpusSegment {
        let range = windows.segmentDocuments[number]
        let made = Mutex<[(vectors: [SparseVector], sections: [Int: CompactVector])]>(
            Array(repeating: ([], [:]), count: range.count))
        DispatchQueue.concurrentPerform(iterations: range.count) { offset in
            let document = documents[range.lowerBound + offset]
            let weighted = document.passages.indices.map { statistics.weigh(document.terms(of: $0)) }
            let vectors = windows.vectors(ofDocument: range.lowerBound + offset, passages: document.passages, weighted: weighted)
            let sections = CorpusSegment.sections(of: document.passages, weighted: weighted)
            made.withLock { $0[offset] = (vectors, sections) }
        }
        let parts = made.withLock { $0 }
        let postings = WindowPostings(
            first: windows.windows(ofSegment: number).lowerBound, vectors: parts.flatMap(\.vectors), termCount: terms.count)
        return CorpusSegment(documents: range, postings: postings, sections: parts.map(\.sections))
    }

    /// The weighted terms of the section a passage belongs to, from the segment of `segments`
    /// (ascending) holding its document.
    func section(of key: PassageKey, in segments: [CorpusSegment]) -> SparseVector {
        let passage = documents[key.document].passages[key.passage]
        let segment = segments.firstIndex(atOrPast: { $0.documents.upperBound > key.document })
        guard segment < segments.count, segments[segment].documents.contains(key.document) else { return SparseVector() }
        return segments[segment].section(ofDocument: key.document, heading: passage.isHeading ? key.passage : (passage.heading ?? -1))
    }
}
