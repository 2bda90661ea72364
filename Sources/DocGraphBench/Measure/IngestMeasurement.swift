/// The figures of one ingestion run.
public struct IngestMeasurement: Codable, Sendable {
    public var documents: Int
    public var bytes: Int
    public var seconds: Double
    public var added: Int
    public var unchanged: Int
    public var failed: Int
    public var peakMemoryMB: Double
    public var cpuSeconds: Double
    public var storeBytes: Int
    /// Seconds spent in the linkers after the documents were stored (included in `seconds`).
    public var linkSeconds: Double
    public var documentsPerSecond: Double
    public var megabytesPerSecond: Double
    public var storeBytesPerDocument: Double

    public init(
        documents: Int, bytes: Int, seconds: Double, added: Int, unchanged: Int, failed: Int, peakMemoryMB: Double,
        cpuSeconds: Double, storeBytes: Int, linkSeconds: Double
    ) {
        self.documents = documents
        self.bytes = bytes
        self.seconds = seconds
        self.added = added
        self.unchanged = unchanged
        self.failed = failed
        self.peakMemoryMB = peakMemoryMB
        self.cpuSeconds = cpuSeconds
        self.storeBytes = storeBytes
        self.linkSeconds = linkSeconds
        documentsPerSecond = seconds > 0 ? Double(documents) / seconds : 0
        megabytesPerSecond = seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0
        storeBytesPerDocument = documents > 0 ? Double(storeBytes) / Double(documents) : 0
    }
}
