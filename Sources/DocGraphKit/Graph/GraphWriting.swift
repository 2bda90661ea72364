/// What the pipeline needs to write to the graph. The store implements it; tests can give an
/// in-memory graph, so the pipeline never imports the store.
public protocol GraphWriting: Sendable {
    /// What the store holds for a file, by its path and the sha256 of its bytes.
    func state(ofDocumentAt path: String, sha256: String) throws -> DocumentState
    /// Writes one document's graph in one transaction, replacing whatever an earlier version of
    /// the same path contributed.
    func write(_ graph: DocumentGraph, path: String) throws -> WriteOutcome
    /// Runs `work` in one write transaction, committed when it returns: several documents cost
    /// one commit instead of one each. When `work` throws or the commit fails, nothing of the
    /// batch is kept.
    func writeBatch<Result>(_ work: (any DocumentBatch) throws -> Result) throws -> Result
    /// Replaces everything a linker wrote before with its new result, in one transaction.
    func replaceLinkResult(_ result: LinkResult, linker: String) throws
}
