import DocGraphKit
import GRDB

/// Loading a large graph that comes from no document, such as a generated benchmark graph or a
/// conversion from another store: batches of nodes and relationships, each batch in one
/// transaction through cached statements.
///
/// Bulk-loaded nodes and relationships have origin `extracted` and the given `owner`, so
/// ingestion never removes them and they can be told apart; nodes get their search text.
/// Document nodes loaded this way have no stored text.
extension GraphStore {
    /// Inserts nodes in one transaction and returns their ids, in order.
    public func bulkInsert(nodes: [BulkNode], owner: String) throws -> [Int64] {
        try write { db in
            let node = try db.cachedStatement(sql: """
                INSERT INTO node (labels, key, properties, origin, owner, fingerprint) VALUES (?, ?, ?, 'extracted', ?, ?)
                """)
            let label = try db.cachedStatement(sql: "INSERT OR IGNORE INTO node_label (label, node_id) VALUES (?, ?)")
            let search = try db.cachedStatement(sql: "INSERT INTO node_fts (rowid, text) VALUES (?, ?)")
            var ids: [Int64] = []
            ids.reserveCapacity(nodes.count)
            for bulk in nodes {
                try node.execute(arguments: [
                    PropertyJSON.encodeLabels(bulk.labels), bulk.key, PropertyJSON.encode(bulk.properties), owner, bulk.key,
                ])
                let id = db.lastInsertedRowID
                for name in Set(bulk.labels) { try label.execute(arguments: [name, id]) }
                let words = bulk.properties.keys.sorted().flatMap { bulk.properties[$0]?.stringList ?? [] }
                try search.execute(arguments: [id, words.joined(separator: "\n")])
                ids.append(id)
            }
            return ids
        }
    }

    /// Inserts relationships between stored nodes in one transaction.
    public func bulkInsert(relationships: [BulkRelationship], owner: String) throws {
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO relationship (type, start_id, end_id, properties, document_id, origin, owner)
                VALUES (?, ?, ?, ?, NULL, 'extracted', ?)
                """)
            for relationship in relationships {
                var properties = relationship.properties
                properties["origin"] = "extracted"
                try statement.execute(arguments: [
                    relationship.type, relationship.start, relationship.end, PropertyJSON.encode(properties), owner,
                ])
            }
        }
    }
}
