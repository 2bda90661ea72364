import DocGraphKit
import GRDB

/// The reads of ``StoredEntityReading`` on one connection: the store answers them from a
/// reader, a ``StoreDocumentBatch`` from inside its write transaction.
enum StoredEntityQueries {
    /// Every node with a label, by id: in the order of `node_label`'s key, so SQLite sorts
    /// nothing, and each row made a node as it is read, so the rows are not all held first
    /// (the ingest into a large store starts with every stored person and organisation).
    static func nodes(labeled label: String, in db: Database) throws -> [StoredNode] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT node.id, node.labels, node.properties, node.key FROM node_label
            JOIN node ON node.id = node_label.node_id WHERE node_label.label = ? ORDER BY node_label.node_id
            """), arguments: [label])
        var nodes: [StoredNode] = []
        while let row = try rows.next() { nodes.append(GraphStore.storedNode(row)) }
        return nodes
    }

    /// One look-up by key each, with a statement prepared once per connection: a document names
    /// a few dozen nodes, and a list bound into `IN (...)` would be a new statement every time.
    static func nodes(labeled label: String, keys: [String], in db: Database) throws -> [StoredNode] {
        let statement = try db.cachedStatement(sql: """
            SELECT node.id, node.labels, node.properties, node.key FROM node
            WHERE node.key = ?
              AND EXISTS (SELECT 1 FROM node_label WHERE node_label.node_id = node.id AND node_label.label = ?)
            """)
        var found: [StoredNode] = []
        for key in Set(keys) {
            if let row = try Row.fetchOne(statement, arguments: [key, label]) { found.append(GraphStore.storedNode(row)) }
        }
        return found.sorted { $0.id < $1.id }
    }

    /// From the covering index on (start_id, type, end_id) alone.
    static func relationshipEnds(ofType type: String, from ids: [Int64], in db: Database) throws -> [RelationshipEnds] {
        let statement = try db.cachedStatement(sql: "SELECT start_id, end_id FROM relationship WHERE start_id = ? AND type = ?")
        var found: [RelationshipEnds] = []
        for id in Set(ids) {
            found += try Row.fetchAll(statement, arguments: [id, type]).map { row in RelationshipEnds(from: row[0], to: row[1]) }
        }
        return found
    }

    static func relationshipEnds(ofType type: String, in db: Database) throws -> [RelationshipEnds] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT start_id, end_id FROM relationship WHERE type = ?"), arguments: [type])
        var ends: [RelationshipEnds] = []
        while let row = try rows.next() { ends.append(RelationshipEnds(from: row[0], to: row[1])) }
        return ends
    }
}
