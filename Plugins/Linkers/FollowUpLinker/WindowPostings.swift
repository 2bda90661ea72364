/// The postings of one segment of the windows (a run of whole documents, in window order):
/// from each term the segment's windows have to those windows and the term's weight there, and
/// each window's norm.
///
/// The linker builds a segment when the first commitment that reaches its windows is weighed
/// and drops it after the last (``CandidateSweep``), so only the postings of the windows within
/// reach of the commitments being weighed are held, not the whole corpus's. A segment keeps the
/// terms it has, sorted, with where each one's postings start: 8 bytes a term and 8 bytes a
/// posting (a window number and a 4-byte float weight, seven significant digits; scores are
/// shown to three decimals).
struct WindowPostings: Sendable {
    /// The windows of the segment, by number.
    let windows: Range<Int>
    /// Each window's norm, in full precision, by its place in ``windows``.
    private let norms: [Double]
    /// The terms with postings here, ascending.
    private let terms: [Int32]
    /// Where each term's postings start in ``postingWindows``, by its place in ``terms``, with the
    /// end after the last.
    private let starts: [Int32]
    /// The window of each posting, ascending within a term.
    private let postingWindows: [Int32]
    /// The term's weight in that window.
    private let postingWeights: [Float]

    /// The postings of windows `first...`, one weighted vector each, in window order, of terms
    /// numbered below `termCount`.
    init(first: Int, vectors: [SparseVector], termCount: Int) {
        windows = first..<(first + vectors.count)
        norms = vectors.map(\.norm)
        // Counted in an array over every term, dropped once the segment is filled.
        var next = [Int32](repeating: 0, count: termCount)
        for vector in vectors {
            for entry in vector.entries { next[Int(entry.term)] += 1 }
        }
        var terms: [Int32] = []
        var starts: [Int32] = [0]
        for term in next.indices where next[term] > 0 {
            terms.append(Int32(term))
            let start = starts[starts.count - 1]
            starts.append(start + next[term])
            next[term] = start
        }
        self.terms = terms
        self.starts = starts
        let total = Int(starts[starts.count - 1])
        var postingWindows = [Int32](repeating: 0, count: total)
        var postingWeights = [Float](repeating: 0, count: total)
        for (offset, vector) in vectors.enumerated() {
            for entry in vector.entries {
                let slot = Int(next[Int(entry.term)])
                postingWindows[slot] = Int32(first + offset)
                postingWeights[slot] = Float(entry.weight)
                next[Int(entry.term)] += 1
            }
        }
        self.postingWindows = postingWindows
        self.postingWeights = postingWeights
    }

    /// How many postings the segment holds.
    var count: Int { postingWindows.count }

    /// The norm of a window of the segment.
    func norm(of window: Int) -> Double {
        norms[window - windows.lowerBound]
    }

    /// A term's postings: positions for ``window(at:)`` and ``weight(at:)``, empty when no window
    /// of the segment has the term.
    func postings(of term: Int32) -> Range<Int> {
        let place = terms.firstIndex(atOrPast: { $0 >= term })
        guard place < terms.count, terms[place] == term else { return 0..<0 }
        return Int(starts[place])..<Int(starts[place + 1])
    }

    /// The window of a posting.
    func window(at position: Int) -> Int32 {
        postingWindows[position]
    }

    /// The weight of a posting's term in its window.
    func weight(at position: Int) -> Double {
        Double(postingWeights[position])
    }

    /// The positions in `postings` (a term's) of the windows in `range`, found by bisection.
    func positions(in postings: Range<Int>, of range: Range<Int>) -> Range<Int> {
        let list = postingWindows[postings]
        return list.firstIndex(atOrPast: { $0 >= Int32(range.lowerBound) })..<list.firstIndex(atOrPast: { $0 >= Int32(range.upperBound) })
    }

    /// Calls `body` with the slot in `numbers` (window numbers, ascending, starting at `from`)
    /// and the term's weight of every window there that has the term, stopping at the first
    /// number past the segment. The postings are searched forward from the last window found,
    /// by galloping, so each search costs the log of the distance it moves.
    func forEachPosting(of term: Int32, in numbers: [Int32], from: Int, _ body: (Int, Double) -> Void) {
        let list = postings(of: term)
        var position = list.lowerBound
        var slot = from
        while slot < numbers.count && Int(numbers[slot]) < windows.upperBound {
            position = firstPosting(atOrPast: numbers[slot], from: position, before: list.upperBound)
            guard position < list.upperBound else { return }
            if postingWindows[position] == numbers[slot] { body(slot, Double(postingWeights[position])) }
            slot += 1
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
