import Foundation

/// Limits and settings of an ingest.
public struct IngestOptions: Sendable {
    /// Files larger than this are refused with a clear message; the pipeline's builder hands it
    /// to the processor's ``ReaderSelector``.
    public var maxFileBytes: Int
    /// How many documents are read and extracted at once.
    public var concurrency: Int
    /// Files never read as documents, such as the store itself when it lies inside a folder
    /// being ingested. Absolute paths.
    public var excludedPaths: Set<String>

    public init(
        maxFileBytes: Int = 64 << 20, concurrency: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
        excludedPaths: Set<String> = []
    ) {
        self.maxFileBytes = maxFileBytes
        self.concurrency = concurrency
        self.excludedPaths = excludedPaths
    }

    /// Excludes a store file and the files SQLite keeps beside it.
    public mutating func exclude(store path: String) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        for suffix in ["", "-wal", "-shm", "-journal"] { excludedPaths.insert(absolute + suffix) }
    }
}
