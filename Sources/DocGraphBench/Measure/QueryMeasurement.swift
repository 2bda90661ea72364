/// The timings of one benchmark query.
public struct QueryMeasurement: Codable, Sendable {
    public let query: BenchmarkQuery
    public let latency: LatencySummary
    /// Rows returned by each distinct parameter set's first run, to check the systems agree.
    public let rowCounts: [Int]
}
