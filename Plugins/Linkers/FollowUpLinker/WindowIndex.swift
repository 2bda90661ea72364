import DocGraphKit

/// Every window a follow-up can be read from (a sentence, or a sentence and the next when the
/// next points back to it: "... shows my determination to deliver on that promise"), and the
/// segments their postings are built in.
///
/// A window's vector is its own terms, its neighbours' at half weight and its heading's at 0.3.
/// The postings from terms to windows, so a commitment meets only the windows it shares a term
/// with, are not built here for the whole corpus: they are built a segment at a time
/// (``CorpusSegment``, a run of whole documents of about ``segmentWindows`` windows), when a
/// commitment first reaches it, and dropped after the last (``CandidateSweep``). Documents come
/// in date order and a commitment reaches a few years ahead, so the postings held at once are
/// those of the documents in reach, not of the corpus.
struct WindowIndex: Sendable {
    struct Window: Sendable {
        var document: Int32
        var first: Int32
        var end: Int32

        /// The passages of the window, one sentence or two.
        var passages: Range<Int> { Int(first)..<Int(end) }
    }

    /// How much the heading above a window, and the sentences just before and after it, count.
    static let headingWeight = 0.3
    static let contextWeight = 0.5
    /// A segment ends with the document that brings its windows to this many or more: about 260
    /// generated documents. Smaller segments hold fewer postings at once but cost more
    /// look-ups: linking 10,000 documents, segments of 4,096 windows lowered the peak by 4% and
    /// took 16% longer; segments of 65,536 raised it by 13%.
    static let segmentWindows = 1 << 14

    private(set) var windows: [Window] = []
    /// The windows of each document, by document: windows are numbered in document order, so
    /// documents in date order give windows in date order.
    private(set) var windowsOfDocument: [Range<Int>] = []
    /// The documents of each segment, in order; together they cover every document.
    private(set) var segmentDocuments: [Range<Int>] = []

    init() {}

    /// Adds the windows of the next document, given its passages. The windows are cut into
    /// segments (``cut(every:)``) once every document is in.
    mutating func append(passagesOf passages: [CorpusPassage]) {
        let document = Int32(windowsOfDocument.count)
        let first = windows.count
        for start in passages.indices where !passages[start].isHeading {
            windows.append(Window(document: document, first: Int32(start), end: Int32(start + 1)))
            if start + 1 < passages.count, !passages[start + 1].isHeading, passages[start + 1].pointsBack {
                windows.append(Window(document: document, first: Int32(start), end: Int32(start + 2)))
            }
        }
        windowsOfDocument.append(first..<windows.count)
    }

    /// The same windows cut into segments of about `segmentWindows` windows: the postings, and
    /// so the cosines, are the same however they are cut.
    func cut(every segmentWindows: Int) -> WindowIndex {
        var index = self
        index.segmentDocuments = Self.segments(of: windowsOfDocument, every: segmentWindows)
        return index
    }

    /// Runs of whole documents, each ending with the document that brings its windows to
    /// `segmentWindows` or more (the last with the last document), covering every document.
    private static func segments(of windowsOfDocument: [Range<Int>], every segmentWindows: Int) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = 0
        for (document, windows) in windowsOfDocument.enumerated() {
            let first = windowsOfDocument[start].lowerBound
            if windows.upperBound - first >= segmentWindows || document == windowsOfDocument.count - 1 {
                segments.append(start..<(document + 1))
                start = document + 1
            }
        }
        return segments
    }

    /// The windows of a segment.
    func windows(ofSegment segment: Int) -> Range<Int> {
        let documents = segmentDocuments[segment]
        return windowsOfDocument[documents.lowerBound].lowerBound..<windowsOfDocument[documents.upperBound - 1].upperBound
    }

    /// The segment holding a document.
    func segment(ofDocument document: Int) -> Int {
        segmentDocuments.firstIndex(atOrPast: { $0.upperBound > document })
    }

    /// The segments holding any window of `ranges`, ascending.
    func segments(overlapping ranges: [Range<Int>]) -> [Int] {
        var found = Set<Int>()
        for range in ranges where !range.isEmpty {
            let first = segmentDocuments.indices.firstIndex(atOrPast: { windows(ofSegment: $0).upperBound > range.lowerBound })
            var segment = first
            while segment < segmentDocuments.count && windows(ofSegment: segment).lowerBound < range.upperBound {
                found.insert(segment)
                segment += 1
            }
        }
        return found.sorted()
    }

    /// The weighted terms of each window of a document, in window order, from its passages'
    /// weighted terms.
    func vectors(ofDocument document: Int, passages: [CorpusPassage], weighted: [SparseVector]) -> [SparseVector] {
        windowsOfDocument[document].map { Self.vector(of: windows[$0].passages, in: passages, weighted: weighted) }
    }

    /// The weighted terms of a window of a document whose passages, words and term counts are
    /// `contents`.
    static func vector(of window: Range<Int>, in contents: DocumentWords, statistics: TermStatistics) -> SparseVector {
        let passages = contents.passages
        let near = max(0, window.lowerBound - 1)..<min(passages.count, window.upperBound + 1)
        var weighted = [SparseVector](repeating: SparseVector(), count: passages.count)
        for passage in near { weighted[passage] = statistics.weigh(contents.terms(of: passages[passage])) }
        if let heading = passages[window.lowerBound].heading {
            weighted[heading] = statistics.weigh(contents.terms(of: passages[heading]))
        }
        return vector(of: window, in: passages, weighted: weighted)
    }

    /// The weighted terms of a window, from its passages' weighted terms: each term's weight is
    /// added up in the same order every time, so it is the same to the bit.
    private static func vector(of window: Range<Int>, in passages: [CorpusPassage], weighted: [SparseVector]) -> SparseVector {
        var vector = SparseVector()
        for passage in window { vector.add(weighted[passage]) }
        for neighbour in [window.lowerBound - 1, window.upperBound]
        where passages.indices.contains(neighbour) && !passages[neighbour].isHeading {
            vector.add(weighted[neighbour], times: Self.contextWeight)
        }
        if let heading = passages[window.lowerBound].heading { vector.add(weighted[heading], times: Self.headingWeight) }
        return vector
    }

    /// A term in more windows than this (within the documents weighed) is too common to find
    /// candidates by; it still counts in the cosine of the windows found by rarer terms.
    static let retrievalLimit = 200
    /// When common terms were left out, the windows with the best partial cosine that are
    /// completed with them.
    static let completionLimit = 400

    /// The cosine of a vector with every window it shares a term with, by window index, leaving
    /// the `excluded` terms (the commitment's makers, sorted) out of both sides. Only windows in
    /// `ranges` are weighed, through `postings`: the segments holding them, ascending; postings
    /// are in window order, so each range is found by bisection. Windows are found through the
    /// terms of at most ``retrievalLimit`` windows in `ranges`, and only the ``completionLimit``
    /// best of them by those terms are completed with the common ones, so the work per
    /// commitment stays bounded however large the corpus grows.
    func cosines(
        with vector: SparseVector, excluding excluded: [Int32], in ranges: [Range<Int>], postings segments: [WindowPostings]
    ) -> [Int: Double] {
        var dots: [Int: Double] = [:]
        var own = 0.0
        var common: [SparseVector.Entry] = []
        // Each range's part in each segment, in the ranges' order.
        let parts = ranges.filter { !$0.isEmpty }.flatMap { range in
            segments.indices.compactMap { segment -> (segment: Int, windows: Range<Int>)? in
                let part = range.clamped(to: segments[segment].windows)
                return part.isEmpty ? nil : (segment, part)
            }
        }
        for entry in vector.entries where !excluded.contains(entry.term) {
            own += entry.weight * entry.weight
            let spans = parts.map { part in
                let segment = segments[part.segment]
                return (part.segment, segment.positions(in: segment.postings(of: entry.term), of: part.windows))
            }
            guard spans.reduce(0, { $0 + $1.1.count }) <= Self.retrievalLimit else {
                common.append(entry)
                continue
            }
            for (segment, span) in spans {
                for position in span {
                    dots[Int(segments[segment].window(at: position)), default: 0] += entry.weight * segments[segment].weight(at: position)
                }
            }
        }
        guard own > 0 else { return [:] }
        var found = Array(dots)
        if !common.isEmpty && found.count > Self.completionLimit {
            // Ranked by partial cosine; ties by window, so the choice does not depend on hashing.
            found = found.map { ($0.key, $0.value / max(Self.norm(of: $0.key, in: segments), .leastNonzeroMagnitude)) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                .prefix(Self.completionLimit).map { ($0.0, dots[$0.0] ?? 0) }
        }
        // The windows in order, so each term's postings are walked once, forward, for all of them.
        let chosen = found.filter { $0.1 > 0 }.sorted { $0.0 < $1.0 }
        let numbers = chosen.map { Int32($0.0) }
        // Each window's sums take their terms in the same order as a term-by-term sum per window.
        var sums = chosen.map(\.1)
        for entry in common {
            Self.forEachPosting(of: entry.term, in: numbers, segments: segments) { slot, weight in sums[slot] += entry.weight * weight }
        }
        var removed = [Double](repeating: 0, count: chosen.count)
        for term in excluded {
            Self.forEachPosting(of: term, in: numbers, segments: segments) { slot, weight in removed[slot] += weight * weight }
        }
        var cosines: [Int: Double] = [:]
        for (slot, (index, _)) in chosen.enumerated() {
            let norm = Self.norm(of: index, in: segments)
            let remaining = (norm * norm - removed[slot]).squareRoot()
            if remaining > 0 { cosines[index] = sums[slot] / (own.squareRoot() * remaining) }
        }
        return cosines
    }

    /// The norm of a window held by one of `segments` (ascending).
    private static func norm(of window: Int, in segments: [WindowPostings]) -> Double {
        let segment = segments.firstIndex(atOrPast: { $0.windows.upperBound > window })
        return segments[segment].norm(of: window)
    }

    /// Calls `body` with the slot in `numbers` (window numbers, ascending, each held by one of
    /// `segments`, ascending) and the term's weight of every window there that has the term.
    private static func forEachPosting(
        of term: Int32, in numbers: [Int32], segments: [WindowPostings], _ body: (Int, Double) -> Void
    ) {
        var from = 0
        for segment in segments {
            from = numbers[from...].firstIndex(atOrPast: { Int($0) >= segment.windows.lowerBound })
            guard from < numbers.count else { return }
            segment.forEachPosting(of: term, in: numbers, from: from, body)
        }
    }
}
