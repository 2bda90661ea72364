import DocGraphKit
import GRDB

/// The store's ``DocumentBatch``: documents written on the writer's connection inside one
/// transaction, with reads that see what the batch wrote before them. Their search text is
/// written when the batch ends (``finish()``).
struct StoreDocumentBatch: DocumentBatch {
    let store: GraphStore
    let db: Database
    let searchIndex = SearchIndexWrites()

    func write(_ graph: DocumentGraph, path: String) throws -> WriteOutcome {
        try store.wrapDatabaseErrors {
            var session = GraphWriteSession(db: db, searchIndex: searchIndex)
            return try session.writeDocument(graph, path: path)
        }
    }

    /// Writes the search text the batch's documents changed; called once, before the
    /// transaction commits.
    func finish() throws {
        try store.wrapDatabaseErrors { try searchIndex.write(to: db) }
    }

    func nodes(labeled label: String) throws -> [StoredNode] {
        try store.wrapDatabaseErrors { try StoredEntityQueries.nodes(labeled: label, in: db) }
    }

    func nodes(labeled label: String, keys: [String]) throws -> [StoredNode] {
        try store.wrapDatabaseErrors { try StoredEntityQueries.nodes(labeled: label, keys: keys, in: db) }
    }

    func relationshipEnds(ofType type: String, from ids: [Int64]) throws -> [RelationshipEnds] {
        try store.wrapDatabaseErrors { try StoredEntityQueries.relationshipEnds(ofType: type, from: ids, in: db) }
    }

    func relationshipEnds(ofType type: String) throws -> [RelationshipEnds] {
        try store.wrapDatabaseErrors { try StoredEntityQueries.relationshipEnds(ofType: type, in: db) }
    }
}
