import Foundation
import GRDB

/// Curation: how a person's corrections reach the graph (the query language's CREATE, MERGE,
/// SET, REMOVE and DELETE). Created elements have origin `curated` and no document, so
/// ingestion never removes them; property changes on nodes also go to `node.curated`, the
/// overlay patched over the sources on re-ingestion; deleting an extracted element records
/// its fingerprint in `tombstone` so re-ingestion does not bring it back. Property values are
/// JSON text.
extension QuerySession {
    /// Creates a curated node and returns its id.
    public func createNode(labels: [String], propertiesJSON: String) throws -> Int64 {
        try requireWriting()
        return try translatingErrors {
            try database.execute(sql: "INSERT INTO node (labels, properties, curated, origin) VALUES (?, json(?), json(?), 'curated')",
                                 arguments: [Self.json(labels), propertiesJSON, propertiesJSON])
            let id = database.lastInsertedRowID
            for label in Set(labels) {
                try database.execute(sql: "INSERT OR IGNORE INTO node_label (label, node_id) VALUES (?, ?)", arguments: [label, id])
            }
            try refreshText(ofNode: id)
            return id
        }
    }

    /// Creates a curated relationship and returns its id.
    public func createRelationship(type: String, from start: Int64, to end: Int64, propertiesJSON: String) throws -> Int64 {
        try requireWriting()
        return try translatingErrors {
            try database.execute(sql: """
                INSERT INTO relationship (type, start_id, end_id, properties, origin) VALUES (?, ?, ?, json(?), 'curated')
                """, arguments: [type, start, end, propertiesJSON])
            return database.lastInsertedRowID
        }
    }

    /// Sets node properties (JSON text per key; `nil` removes the key) in the merged view and
    /// in the curated overlay, where a removal is kept as null.
    public func setNodeProperties(_ id: Int64, _ changes: [String: String?]) throws {
        try requireWriting()
        try translatingErrors {
            for (key, value) in changes.sorted(by: { $0.key < $1.key }) {
                let path = Self.path(key)
                if let value {
                    try database.execute(sql: """
                        UPDATE node SET properties = json_set(properties, ?, json(?)),
                                        curated = json_set(coalesce(curated, '{}'), ?, json(?)) WHERE id = ?
                        """, arguments: [path, value, path, value, id])
                } else {
                    try database.execute(sql: """
                        UPDATE node SET properties = json_remove(properties, ?),
                                        curated = json_set(coalesce(curated, '{}'), ?, json('null')) WHERE id = ?
                        """, arguments: [path, path, id])
                }
            }
            try refreshText(ofNode: id)
        }
    }

    /// Sets relationship properties (JSON text per key; `nil` removes the key).
    public func setRelationshipProperties(_ id: Int64, _ changes: [String: String?]) throws {
        try requireWriting()
        try translatingErrors {
            for (key, value) in changes.sorted(by: { $0.key < $1.key }) {
                if let value {
                    try database.execute(sql: "UPDATE relationship SET properties = json_set(properties, ?, json(?)) WHERE id = ?",
                                         arguments: [Self.path(key), value, id])
                } else {
                    try database.execute(sql: "UPDATE relationship SET properties = json_remove(properties, ?) WHERE id = ?",
                                         arguments: [Self.path(key), id])
                }
            }
        }
    }

    /// Adds and removes labels of a node, keeping `node.labels` and `node_label` in step.
    public func changeLabels(ofNode id: Int64, adding added: [String], removing removed: [String]) throws {
        try requireWriting()
        try translatingErrors {
            guard let text = try String.fetchOne(database, sql: "SELECT labels FROM node WHERE id = ?", arguments: [id]) else { return }
            var labels = PropertyJSON.decodeLabels(text)
            for label in added where !labels.contains(label) { labels.append(label) }
            labels.removeAll { removed.contains($0) }
            try database.execute(sql: "UPDATE node SET labels = ? WHERE id = ?", arguments: [Self.json(labels), id])
            for label in added {
                try database.execute(sql: "INSERT OR IGNORE INTO node_label (label, node_id) VALUES (?, ?)", arguments: [label, id])
            }
            for label in removed {
                try database.execute(sql: "DELETE FROM node_label WHERE label = ? AND node_id = ?", arguments: [label, id])
            }
        }
    }

    /// Deletes a relationship; an extracted one is remembered in `tombstone`.
    public func deleteRelationship(_ id: Int64) throws {
        try requireWriting()
        try translatingErrors {
            try database.execute(sql: """
                INSERT OR IGNORE INTO tombstone (fingerprint, kind, description, deleted_at)
                SELECT fingerprint, 'relationship', type || ' from node ' || start_id || ' to node ' || end_id, ?
                FROM relationship WHERE id = ? AND origin = 'extracted' AND fingerprint IS NOT NULL
                """, arguments: [Self.now(), id])
            try database.execute(sql: "DELETE FROM relationship WHERE id = ?", arguments: [id])
        }
    }

    /// Deletes a node; with `detach`, its relationships first. An extracted node (and each
    /// extracted relationship) is remembered in `tombstone`. Document nodes are refused: a
    /// document leaves the store by removing its file from the store, not by a query.
    public func deleteNode(_ id: Int64, detach: Bool) throws {
        try requireWriting()
        let relationships = try translatingErrors {
            try Int64.fetchAll(database, sql: "SELECT id FROM relationship WHERE start_id = ? OR end_id = ?", arguments: [id, id])
        }
        if !relationships.isEmpty && !detach {
            throw StoreError.invalid(message: "cannot delete node \(id) because it still has \(relationships.count) relationship(s); "
                                     + "use DETACH DELETE to delete them too")
        }
        let isDocument = try translatingErrors {
            try Bool.fetchOne(database, sql: "SELECT EXISTS (SELECT 1 FROM document WHERE node_id = ?)", arguments: [id]) ?? false
        }
        if isDocument {
            throw StoreError.invalid(message: "node \(id) is a Document; documents cannot be deleted by a query")
        }
        for relationship in relationships { try deleteRelationship(relationship) }
        try translatingErrors {
            try database.execute(sql: """
                INSERT OR IGNORE INTO tombstone (fingerprint, kind, description, deleted_at)
                SELECT fingerprint, 'node', coalesce(key, labels), ? FROM node
                WHERE id = ? AND origin = 'extracted' AND fingerprint IS NOT NULL
                """, arguments: [Self.now(), id])
            try database.execute(sql: "DELETE FROM node_fts WHERE rowid = ?", arguments: [id])
            try database.execute(sql: "DELETE FROM node WHERE id = ?", arguments: [id])
        }
    }

    /// Rewrites a node's full-text entry: its string properties and its mention quotes.
    func refreshText(ofNode id: Int64) throws {
        try database.execute(sql: "DELETE FROM node_fts WHERE rowid = ?", arguments: [id])
        try database.execute(sql: """
            INSERT INTO node_fts (rowid, text)
            SELECT ?, group_concat(text, ' ') FROM (
                SELECT t.value AS text FROM node, json_tree(node.properties) AS t WHERE node.id = ? AND t.type = 'text'
                UNION ALL SELECT quote FROM mention WHERE node_id = ?)
            """, arguments: [id, id, id])
    }

    func requireWriting() throws {
        guard isWriting else {
            throw StoreError.invalid(message: "this query changes the graph, but it runs read-only")
        }
    }

    static func json(_ strings: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(strings), as: UTF8.self)) ?? "[]"
    }

    static func path(_ key: String) -> String {
        "$.\"" + key.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
