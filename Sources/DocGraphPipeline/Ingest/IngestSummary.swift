/// The outcome of an ingest: one entry per file, in the order the files were collected.
public struct IngestSummary: Hashable, Sendable, Codable {
    public var files: [FileOutcome]
    /// Warnings from linkers run after the batch.
    public var linkWarnings: [String]

    public init(files: [FileOutcome] = [], linkWarnings: [String] = []) {
        self.files = files
        self.linkWarnings = linkWarnings
    }

    public func count(_ status: FileOutcome.Status) -> Int {
        files.lazy.filter { $0.status == status }.count
    }

    /// True when a document was added or replaced: what the linkers weigh has changed.
    public var changedTheGraph: Bool { count(.added) + count(.replaced) > 0 }

    /// True when any file failed: the command's exit status says so.
    public var hasFailures: Bool { files.contains { $0.status == .failed } }
}
