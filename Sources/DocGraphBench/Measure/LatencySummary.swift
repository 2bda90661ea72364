/// Median and 95th percentile of repeated timings, in milliseconds.
public struct LatencySummary: Codable, Sendable, Equatable {
    public let runs: Int
    public let medianMilliseconds: Double
    public let p95Milliseconds: Double
    public let minimumMilliseconds: Double

    /// Summarises timings in seconds. The percentile is the nearest-rank one.
    public init(seconds: [Double]) {
        let sorted = seconds.map { $0 * 1000 }.sorted()
        runs = sorted.count
        minimumMilliseconds = sorted.first ?? 0
        medianMilliseconds = Self.percentile(50, of: sorted)
        p95Milliseconds = Self.percentile(95, of: sorted)
    }

    /// The nearest-rank percentile of sorted values (0 for none).
    static func percentile(_ percent: Int, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        if percent == 50 && sorted.count % 2 == 0 {
            return (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        let rank = (percent * sorted.count + 99) / 100
        return sorted[min(sorted.count, max(rank, 1)) - 1]
    }
}
