/// Documents written one after another in one transaction (``GraphWriting/writeBatch(_:)``).
///
/// Each document is written in its own savepoint: a document that fails is undone alone and
/// the batch goes on. Reads see what the batch has written so far.
public protocol DocumentBatch: StoredEntityReading {
    /// Writes one document's graph, replacing whatever an earlier version of the same path
    /// contributed. When it throws, nothing of the document is left in the batch.
    func write(_ graph: DocumentGraph, path: String) throws -> WriteOutcome
}
