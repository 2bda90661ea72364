/// The windows of a segment's postings (``WindowPostings``), each as its place among the
/// segment's windows: in 2 bytes, or in 4 for a segment of more windows than 2 bytes number.
/// The places of one term's postings are ascending, and searched by bisection or galloping.
struct PostingPlaces: Sendable {
    /// The places in 2 bytes; empty when they are kept in ``wide``.
    private let narrow: [UInt16]
    /// The places in 4 bytes; empty when they are kept in ``narrow``.
    private let wide: [UInt32]

    /// Places kept in `narrow`, or, when that is empty, in `wide`.
    init(narrow: [UInt16], wide: [UInt32]) {
        self.narrow = narrow
        self.wide = wide
    }

    /// True when the places are kept in 2 bytes.
    var isNarrow: Bool { wide.isEmpty }

    /// The place of a posting's window.
    subscript(position: Int) -> Int {
        isNarrow ? Int(narrow[position]) : Int(wide[position])
    }

    /// The first position in `positions` (ascending places there) holding a place at or past
    /// `place`, or the end of `positions`; found by bisection.
    func firstPosition(in positions: Range<Int>, atOrPast place: Int) -> Int {
        isNarrow
            ? Self.firstPosition(in: narrow, positions, atOrPast: place)
            : Self.firstPosition(in: wide, positions, atOrPast: place)
    }

    /// The first position in `start..<end` (ascending places there) holding a place at or past
    /// `place`, or `end`. The gap from `start` doubles until it overshoots, then is halved, so a
    /// search costs the log of the distance it moves.
    func firstPosition(atOrPast place: Int, from start: Int, before end: Int) -> Int {
        isNarrow
            ? Self.gallop(in: narrow, atOrPast: place, from: start, before: end)
            : Self.gallop(in: wide, atOrPast: place, from: start, before: end)
    }

    /// Bisection written out rather than through `firstIndex(atOrPast:)` on a slice: in this,
    /// the linker's hottest loop, that took `docgraph link` on the 10,000-document store from
    /// 38.0–38.7 s to 40.9–45.0 s (the builds in turn).
    private static func firstPosition<Place: FixedWidthInteger>(
        in places: [Place], _ positions: Range<Int>, atOrPast place: Int
    ) -> Int {
        var first = positions.lowerBound
        var last = positions.upperBound
        while first < last {
            let middle = (first + last) / 2
            if Int(places[middle]) < place { first = middle + 1 } else { last = middle }
        }
        return first
    }

    private static func gallop<Place: FixedWidthInteger>(
        in places: [Place], atOrPast place: Int, from start: Int, before end: Int
    ) -> Int {
        guard start < end, Int(places[start]) < place else { return start }
        // places[low] < place throughout; the gap doubles until it overshoots.
        var low = start
        var step = 1
        var high = start + 1
        while high < end && Int(places[high]) < place {
            low = high
            step *= 2
            high = low + step
        }
        return firstPosition(in: places, (low + 1)..<min(high, end), atOrPast: place)
    }
}
