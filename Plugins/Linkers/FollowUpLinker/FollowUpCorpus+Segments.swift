import Dispatch
import Synchronization

extension FollowUpCorpus {
    /// Builds a segment of the windows (``WindowIndex/segmentDocuments``): its documents'
    /// passages, words and term counts read back from the corpus's file and their passages
    /// weighed, on all cores, each window's vector kept to seven significant digits with its
    /// norm in full, then their windows' postings and sections; of what was read back, the
    /// segment keeps the passages and words.
    func segment(_ number: Int) throws -> CorpusSegment {
        let range = windows.segmentDocuments[number]
        typealias Part = (norms: [Double], vectors: [CompactVector], sections: [Int: CompactVector], words: WrittenWords)
        let made = Mutex<[Result<Part, any Error>?]>(Array(repeating: nil, count: range.count))
        DispatchQueue.concurrentPerform(iterations: range.count) { offset in
            let part = Result<Part, any Error> {
                let index = range.lowerBound + offset
                let contents = try contents(ofDocument: index)
                let weighted = contents.passages.map { statistics.weigh(contents.terms(of: $0)) }
                let vectors = windows.vectors(ofDocument: index, passages: contents.passages, weighted: weighted)
                return (
                    vectors.map(\.norm), vectors.map(CompactVector.init),
                    CorpusSegment.sections(of: contents.passages, weighted: weighted), contents.words)
            }
            made.withLock { $0[offset] = part }
        }
        let parts = try made.withLock { $0 }.map { part -> Part in
            guard let part else { return ([], [], [:], WrittenWords()) }
            return try part.get()
        }
        let postings = WindowPostings(
            first: windows.windows(ofSegment: number).lowerBound, norms: parts.flatMap(\.norms),
            vectors: parts.flatMap(\.vectors), termCount: terms.count)
        return CorpusSegment(documents: range, postings: postings, sections: parts.map(\.sections), words: parts.map(\.words))
    }

    /// The segment of `segments` (ascending) holding a document, if one does.
    func segment(holding document: Int, in segments: [CorpusSegment]) -> CorpusSegment? {
        let segment = segments.firstIndex(atOrPast: { $0.documents.upperBound > document })
        guard segment < segments.count, segments[segment].documents.contains(document) else { return nil }
        return segments[segment]
    }

    /// The weighted terms of the section a passage belongs to, from the segment of `segments`
    /// (ascending) holding its document.
    func section(of key: PassageKey, in segments: [CorpusSegment]) -> SparseVector {
        guard let segment = segment(holding: key.document, in: segments),
              let passage = segment.words(ofDocument: key.document)?.passages[key.passage] else { return SparseVector() }
        return segment.section(ofDocument: key.document, heading: passage.isHeading ? key.passage : (passage.heading ?? -1))
    }
}
