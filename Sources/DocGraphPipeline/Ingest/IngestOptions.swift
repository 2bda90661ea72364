import Foundation

/// Limits and settings of an ingest.
public struct IngestOptions: Sendable {
    /// Files larger than this are refused with a clear message.
    public var maxFileBytes: Int
    /// How many documents are read and extracted at once.
    public var concurrency: Int

    public init(maxFileBytes: Int = 64 << 20, concurrency: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)) {
        self.maxFileBytes = maxFileBytes
        self.concurrency = concurrency
    }
}
