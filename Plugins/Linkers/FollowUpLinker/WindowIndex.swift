import DocGraphKit

/// Every window a follow-up can be read from (a sentence, or a sentence and the next when the
/// next points back to it: "... shows my determination to deliver on that promise"), each with
/// the norm of its weighted terms (its own, its neighbours' at half weight and its heading's at
/// 0.3), and postings from terms to windows, so a commitment meets only the windows it shares a
/// term with.
///
/// The postings are the only copy of the windows' weights: one flat array of window numbers and
/// one of weights, sliced by term, 8 bytes a posting. A weight is kept as a 4-byte float (seven
/// significant digits; scores are shown to three decimals), the largest part of the linker's
/// memory. A window's norm, and its whole vector when an explanation needs it
/// (``vector(of:in:statistics:)``), are made from its passages in full precision.
struct WindowIndex: Sendable {
    struct Window: Sendable {
        var document: Int32
        var first: Int32
        var end: Int32
        var norm: Double

        /// The passages of the window, one sentence or two.
        var passages: Range<Int> { Int(first)..<Int(end) }
    }

    /// How much the heading above a window, and the sentences just before and after it, count.
    static let headingWeight = 0.3
    static let contextWeight = 0.5

    private(set) var windows: [Window] = []
    /// The windows of each document, by document: windows are numbered in document order, so
    /// documents in date order give windows in date order.
    private(set) var windowsOfDocument: [Range<Int>] = []
    /// Where each term's postings lie in ``postingWindows`` and ``postingWeights``, by term id:
    /// term `t` has `postingStarts[t]..<postingStarts[t + 1]`.
    private var postingStarts: [Int] = [0]
    /// The window of each posting, in window order within a term.
    private var postingWindows: [Int32] = []
    /// The term's weight in that window, to seven significant digits.
    private var postingWeights: [Float] = []

    init() {}

    /// Indexes the windows of every document. The vectors are made twice, once to count the
    /// postings of each term and once to fill them, so no window's vector is kept.
    init(documents: [CorpusDocument], statistics: TermStatistics, termCount: Int, pointsBack: (CorpusDocument, Int) -> Bool) {
        var counts = [Int](repeating: 0, count: termCount + 1)
        for (document, corpusDocument) in documents.enumerated() {
            let first = windows.count
            let passages = corpusDocument.passages
            let weighted = passages.indices.map { statistics.weigh(corpusDocument.terms(of: $0)) }
            for start in passages.indices where !passages[start].isHeading {
                var ends = [start + 1]
                if start + 1 < passages.count, !passages[start + 1].isHeading, pointsBack(corpusDocument, start + 1) { ends.append(start + 2) }
                for end in ends {
                    let vector = Self.vector(of: start..<end, in: passages, weighted: weighted)
                    for entry in vector.entries { counts[Int(entry.term) + 1] += 1 }
                    windows.append(Window(document: Int32(document), first: Int32(start), end: Int32(end), norm: vector.norm))
                }
            }
            windowsOfDocument.append(first..<windows.count)
        }
        for term in 0..<termCount { counts[term + 1] += counts[term] }
        postingStarts = counts
        var next = counts
        postingWindows = [Int32](repeating: 0, count: counts[termCount])
        postingWeights = [Float](repeating: 0, count: counts[termCount])
        for (document, corpusDocument) in documents.enumerated() {
            let passages = corpusDocument.passages
            let weighted = passages.indices.map { statistics.weigh(corpusDocument.terms(of: $0)) }
            for number in windowsOfDocument[document] {
                for entry in Self.vector(of: windows[number].passages, in: passages, weighted: weighted).entries {
                    let slot = next[Int(entry.term)]
                    postingWindows[slot] = Int32(number)
                    postingWeights[slot] = Float(entry.weight)
                    next[Int(entry.term)] += 1
                }
            }
        }
    }

    /// The weighted terms of a window of a document.
    static func vector(of window: Range<Int>, in document: CorpusDocument, statistics: TermStatistics) -> SparseVector {
        let passages = document.passages
        let near = max(0, window.lowerBound - 1)..<min(passages.count, window.upperBound + 1)
        var weighted = [SparseVector](repeating: SparseVector(), count: passages.count)
        for passage in near { weighted[passage] = statistics.weigh(document.terms(of: passage)) }
        if let heading = passages[window.lowerBound].heading { weighted[heading] = statistics.weigh(document.terms(of: heading)) }
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

    /// A term's postings: positions in ``postingWindows`` and ``postingWeights``.
    private func postings(of term: Int32) -> Range<Int> {
        let index = Int(term)
        guard index >= 0, index + 1 < postingStarts.count else { return 0..<0 }
        return postingStarts[index]..<postingStarts[index + 1]
    }

    /// A term in more windows than this (within the documents weighed) is too common to find
    /// candidates by; it still counts in the cosine of the windows found by rarer terms.
    static let retrievalLimit = 200
    /// When common terms were left out, the windows with the best partial cosine that are
    /// completed with them.
    static let completionLimit = 400

    /// The cosine of a vector with every window it shares a term with, by window index, leaving
    /// the `excluded` terms (the commitment's makers) out of both sides. Only windows in
    /// `ranges` are weighed; postings are in window order, so each range is found by bisection.
    /// Windows are found through the terms of at most ``retrievalLimit`` windows in `ranges`, and
    /// only the ``completionLimit`` best of them by those terms are completed with the common
    /// ones, so the work per commitment stays bounded however large the corpus grows.
    func cosines(with vector: SparseVector, excluding excluded: Set<Int32>, in ranges: [Range<Int>]) -> [Int: Double] {
        var dots: [Int: Double] = [:]
        var own = 0.0
        var common: [SparseVector.Entry] = []
        for entry in vector.entries where !excluded.contains(entry.term) {
            own += entry.weight * entry.weight
            let list = postingWindows[postings(of: entry.term)]
            guard !list.isEmpty else { continue }
            let spans = ranges.filter { !$0.isEmpty }.map { range in
                list.firstIndex(atOrPast: { $0 >= Int32(range.lowerBound) })..<list.firstIndex(atOrPast: { $0 >= Int32(range.upperBound) })
            }
            guard spans.reduce(0, { $0 + $1.count }) <= Self.retrievalLimit else {
                common.append(entry)
                continue
            }
            for span in spans {
                for position in span { dots[Int(postingWindows[position]), default: 0] += entry.weight * Double(postingWeights[position]) }
            }
        }
        guard own > 0 else { return [:] }
        var found = Array(dots)
        if !common.isEmpty && found.count > Self.completionLimit {
            // Ranked by partial cosine; ties by window, so the choice does not depend on hashing.
            found = found.map { ($0.key, $0.value / max(windows[$0.key].norm, .leastNonzeroMagnitude)) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                .prefix(Self.completionLimit).map { ($0.0, dots[$0.0] ?? 0) }
        }
        // The windows in order, so each term's postings are walked once, forward, for all of them.
        let chosen = found.filter { $0.1 > 0 }.sorted { $0.0 < $1.0 }
        let numbers = chosen.map { Int32($0.0) }
        // Each window's sums take their terms in the same order as a term-by-term sum per window.
        var sums = chosen.map(\.1)
        for entry in common {
            forEachPosting(of: entry.term, in: numbers) { slot, weight in sums[slot] += entry.weight * weight }
        }
        var removed = [Double](repeating: 0, count: chosen.count)
        for term in excluded {
            forEachPosting(of: term, in: numbers) { slot, weight in removed[slot] += weight * weight }
        }
        var cosines: [Int: Double] = [:]
        for (slot, (index, _)) in chosen.enumerated() {
            let window = windows[index]
            let norm = (window.norm * window.norm - removed[slot]).squareRoot()
            if norm > 0 { cosines[index] = sums[slot] / (own.squareRoot() * norm) }
        }
        return cosines
    }

    /// Calls `body` with the slot in `numbers` (window numbers, ascending) and the term's weight
    /// of every window there that has the term. The postings are searched forward from the last
    /// window found, by galloping, so each search costs the log of the distance it moves.
    private func forEachPosting(of term: Int32, in numbers: [Int32], _ body: (Int, Double) -> Void) {
        let list = postings(of: term)
        var position = list.lowerBound
        for (slot, number) in numbers.enumerated() {
            position = firstPosting(atOrPast: number, from: position, before: list.upperBound)
            guard position < list.upperBound else { return }
            if postingWindows[position] == number { body(slot, Double(postingWeights[position])) }
        }
    }

    /// The first position in `start..<end` of ``postingWindows`` (ascending there) holding a
    /// window at or past `number`, or `end`.
    private func firstPosting(atOrPast number: Int32, from start: Int, before end: Int) -> Int {
        guard start < end, postingWindows[start] < number else { return start }
        // postingWindows[low] < number throughout; the gap doubles until it overshoots.
        var low = start
        var step = 1
        var high = start + 1
        while high < end && postingWindows[high] < number {
            low = high
            step *= 2
            high = low + step
        }
        var first = low + 1
        var last = min(high, end)
        while first < last {
            let middle = (first + last) / 2
            if postingWindows[middle] < number { first = middle + 1 } else { last = middle }
        }
        return first
    }
}
