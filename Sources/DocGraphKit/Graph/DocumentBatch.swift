/// Documents written one after another in one transaction (``GraphWriting/writeBatch(_:)``).
///
/// Reads see what the batch has written so far. A document that fails to be written may leave
/// part of itself behind: the batch's work should then throw, which undoes the whole batch, and
/// write the other documents again in a new one. Failures are rare, and a savepoint around
/// every document, which would undo it alone, costs an ingest a tenth of its time.
public protocol DocumentBatch: StoredEntityReading {
    /// Writes one document's graph, replacing whatever an earlier version of the same path
    /// contributed.
    func write(_ graph: DocumentGraph, path: String) throws -> WriteOutcome
}
