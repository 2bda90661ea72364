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
    /// Whether the linkers run over the whole graph after a batch that added or replaced a
    /// document. Linking weighs every document, so a script adding many batches to a large
    /// store turns this off and links once at the end (``IngestPipeline/link(_:progress:)``).
    public var linksAfterBatch: Bool
    /// How many documents are written in one transaction. A commit writes every page the
    /// transaction changed, and consecutive documents change many of the same pages (the ends
    /// of indexes, the full-text index), so a run of them costs less than each alone. A
    /// document that fails is still the only one that fails; a crash loses at most the run in
    /// hand, which the next ingest of the same files writes again.
    public var documentsPerTransaction: Int
    /// How many bytes of files may be in hand at once (read, extracted or waiting to be
    /// written) beyond the first `2 × concurrency` documents: four files of the default size
    /// limit, so that large files do not fill memory however long the runs are.
    public var bytesInHand: Int

    public init(
        maxFileBytes: Int = 64 << 20, concurrency: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
        excludedPaths: Set<String> = [], linksAfterBatch: Bool = true, documentsPerTransaction: Int = 16,
        bytesInHand: Int = 256 << 20
    ) {
        self.documentsPerTransaction = documentsPerTransaction
        self.bytesInHand = bytesInHand
        self.maxFileBytes = maxFileBytes
        self.concurrency = concurrency
        self.excludedPaths = excludedPaths
        self.linksAfterBatch = linksAfterBatch
    }

    /// Excludes a store file and the files SQLite keeps beside it.
    public mutating func exclude(store path: String) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        for suffix in ["", "-wal", "-shm", "-journal"] { excludedPaths.insert(absolute + suffix) }
    }
}
