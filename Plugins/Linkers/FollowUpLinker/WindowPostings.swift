/// The postings of one segment of the windows (a run of whole documents, in window order):
/// from each term the segment's windows have to those windows and the term's weight there, and
/// each window's norm.
///
/// The linker builds a segment when the first commitment that reaches its windows is weighed
/// and drops it after the last (``CandidateSweep``), so only the postings of the windows within
/// reach of the commitments being weighed are held, not the whole corpus's. A segment keeps the
/// terms it has, sorted, with where each one's postings start: 8 bytes a term and 4 bytes a
/// posting: the window's place in the segment, in 2 bytes (``PostingPlaces``), and the term's
/// weight there, a 4-byte float (seven significant digits; scores are shown to three decimals)
/// kept as its number among the segment's distinct weights, in 2 bytes (``PostingWeights``).
struct WindowPostings: Sendable {
    /// The windows of the segment, by number.
    let windows: Range<Int>
    /// Each window's norm, in full precision, by its place in ``windows``.
    private let norms: [Double]
    /// The terms with postings here, ascending.
    private let terms: [Int32]
    /// Where each term's postings start in ``places``, by its place in ``terms``, with the end
    /// after the last.
    private let starts: [Int32]
    /// The place in ``windows`` of each posting's window, ascending within a term.
    private let places: PostingPlaces
    /// The term's weight in that window.
    private let weights: PostingWeights

    /// The most windows a segment numbers in 2 bytes.
    static let narrowWindows = Int(UInt16.max) + 1

    /// The postings of windows `first...`, one weighted vector each, in window order, of terms
    /// numbered below `termCount`.
    init(first: Int, vectors: [SparseVector], termCount: Int) {
        self.init(first: first, norms: vectors.map(\.norm), vectors: vectors.map(CompactVector.init), termCount: termCount)
    }

    /// The postings of windows `first...`, given each one's norm, taken in full precision, and
    /// its weighted terms to seven significant digits, in window order, of terms numbered below
    /// `termCount`. A segment's windows come this way: half the space of their full vectors
    /// while the segment is built.
    init(first: Int, norms: [Double], vectors: [CompactVector], termCount: Int) {
        windows = first..<(first + vectors.count)
        self.norms = norms
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
        var narrow = [UInt16](repeating: 0, count: vectors.count <= Self.narrowWindows ? total : 0)
        var wide = [UInt32](repeating: 0, count: vectors.count <= Self.narrowWindows ? 0 : total)
        var postingWeights = [Float](repeating: 0, count: total)
        for (offset, vector) in vectors.enumerated() {
            for entry in vector.entries {
                let slot = Int(next[Int(entry.term)])
                if narrow.isEmpty { wide[slot] = UInt32(offset) } else { narrow[slot] = UInt16(offset) }
                postingWeights[slot] = entry.weight
                next[Int(entry.term)] += 1
            }
        }
        places = PostingPlaces(narrow: narrow, wide: wide)
        weights = PostingWeights(postingWeights)
    }

    /// How many postings the segment holds.
    var count: Int { weights.count }

    /// True when the segment numbers its windows' places in 2 bytes.
    var isNarrow: Bool { places.isNarrow }

    /// True when the segment keeps its weights as numbers in a table of the distinct ones.
    var isTabled: Bool { weights.isTabled }

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
        Int32(windows.lowerBound + places[position])
    }

    /// The weight of a posting's term in its window.
    func weight(at position: Int) -> Double {
        weights[position]
    }

    /// The positions in `postings` (a term's) of the windows in `range`, found by bisection.
    func positions(in postings: Range<Int>, of range: Range<Int>) -> Range<Int> {
        let low = range.lowerBound - windows.lowerBound
        let high = range.upperBound - windows.lowerBound
        return places.firstPosition(in: postings, atOrPast: low)..<places.firstPosition(in: postings, atOrPast: high)
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
            let place = Int(numbers[slot]) - windows.lowerBound
            position = places.firstPosition(atOrPast: place, from: position, before: list.upperBound)
            guard position < list.upperBound else { return }
            if places[position] == place { body(slot, weights[position]) }
            slot += 1
        }
    }
}
