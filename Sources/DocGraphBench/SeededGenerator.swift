/// A small, fast random number generator whose output depends only on its seed and stream
/// (SplitMix64), so the same seed makes the same corpus and graph on every machine and run.
///
/// Swift's own generator is seeded randomly per process; this one is for reproducible data.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator for one `stream` (a document's or a node's index) of a run's `seed`: streams
    /// are independent, so any item can be made without making the ones before it.
    public init(seed: UInt64, stream: UInt64 = 0) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 ^ (stream &+ 1) &* 0xBF58_476D_1CE4_E5B9
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in `0..<bound` (bound > 0).
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// A number in `0..<bound` where small numbers are likelier than large ones, as a few
    /// people and bodies appear in far more meetings than most.
    public mutating func skewed(below bound: Int) -> Int {
        let unit = Double(next() >> 11) / Double(UInt64(1) << 53)
        return min(bound - 1, Int(Double(bound) * unit * unit))
    }
}
