import DocGraphKit
import Foundation
import GRDB

extension GraphStore: GraphReading {
    public func documents() throws -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT node_id, sha256, path, name, format, title, date, kind FROM document
                ORDER BY date IS NULL, date, name
                """).map(Self.storedDocument)
        }
    }

    public func text(ofDocument sha256: String) throws -> String? {
        try read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM document WHERE sha256 = ?"), arguments: [sha256])
        }
    }

    public func nodes(labeled label: String) throws -> [StoredNode] {
        try read { db in try StoredEntityQueries.nodes(labeled: label, in: db) }
    }

    public func nodes(labeled label: String, keys: [String]) throws -> [StoredNode] {
        try read { db in try StoredEntityQueries.nodes(labeled: label, keys: keys, in: db) }
    }

    public func relationshipEnds(ofType type: String, from ids: [Int64]) throws -> [RelationshipEnds] {
        try read { db in try StoredEntityQueries.relationshipEnds(ofType: type, from: ids, in: db) }
    }

    public func nodes(labeled label: String, named names: [String]) throws -> [StoredNode] {
        let wanted = Set(names.map { $0.lowercased() })
        guard !wanted.isEmpty else { return [] }
        return try nodes(labeled: label).filter { node in
            let candidates = (node.properties["name"]?.stringList ?? []) + (node.properties["aliases"]?.stringList ?? [])
            return candidates.contains { wanted.contains($0.lowercased()) }
        }
    }

    public func mentions(ofNode id: Int64) throws -> [Evidence] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT document.sha256, mention.start, mention."end", mention.quote, mention.extractor, mention.confidence
                FROM mention JOIN document ON document.id = mention.document_id
                WHERE mention.node_id = ? ORDER BY document.date IS NULL, document.date, document.name, mention.start
                """), arguments: [id]).map(Self.evidence)
        }
    }

    public func mentions(ofNodesLabeled label: String) throws -> [Int64: [Evidence]] {
        try read { db in
            var mentions: [Int64: [Evidence]] = [:]
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT document.sha256, mention.start, mention."end", mention.quote, mention.extractor, mention.confidence,
                       mention.node_id
                FROM node_label
                JOIN mention ON mention.node_id = node_label.node_id
                JOIN document ON document.id = mention.document_id
                WHERE node_label.label = ?
                ORDER BY mention.node_id, document.date IS NULL, document.date, document.name, mention.start
                """), arguments: [label])
            while let row = try rows.next() {
                mentions[row[6], default: []].append(Self.evidence(row))
            }
            return mentions
        }
    }

    public func mentionSpans(ofNodesLabeled label: String) throws -> [MentionSpan] {
        try read { db in
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT document.sha256, mention.start, mention."end", mention.node_id
                FROM node_label
                JOIN mention ON mention.node_id = node_label.node_id
                JOIN document ON document.id = mention.document_id
                WHERE node_label.label = ?
                ORDER BY mention.node_id, mention.document_id, mention.start
                """), arguments: [label])
            var spans: [MentionSpan] = []
            while let row = try rows.next() { spans.append(MentionSpan(document: row[0], start: row[1], end: row[2], node: row[3])) }
            return spans
        }
    }

    /// A mention's evidence from the first six columns of a row.
    static func evidence(_ row: Row) -> Evidence {
        Evidence(document: row[0], start: row[1], end: row[2], quote: row[3], extractor: row[4], confidence: row[5])
    }

    public func relationships(ofType type: String?) throws -> [StoredRelationship] {
        try read { db in
            let rows: RowCursor
            if let type {
                rows = try Row.fetchCursor(db, sql: "SELECT id, type, start_id, end_id, properties FROM relationship WHERE type = ? ORDER BY id",
                                           arguments: [type])
            } else {
                rows = try Row.fetchCursor(db, sql: "SELECT id, type, start_id, end_id, properties FROM relationship ORDER BY id")
            }
            var relationships: [StoredRelationship] = []
            while let row = try rows.next() { relationships.append(Self.storedRelationship(row)) }
            return relationships
        }
    }

    public func relationshipEnds(ofType type: String) throws -> [RelationshipEnds] {
        try read { db in try StoredEntityQueries.relationshipEnds(ofType: type, in: db) }
    }

    /// A node by id, if it exists.
    public func node(withID id: Int64) throws -> StoredNode? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT id, labels, properties, key FROM node WHERE id = ?", arguments: [id]).map(Self.storedNode)
        }
    }

    /// Relationships that start or end at a node.
    public func relationships(touching id: Int64) throws -> [StoredRelationship] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, type, start_id, end_id, properties FROM relationship WHERE start_id = ? OR end_id = ? ORDER BY id
                """, arguments: [id, id]).map(Self.storedRelationship)
        }
    }

    /// The stored document at a path, if any.
    public func document(atPath path: String) throws -> StoredDocument? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT node_id, sha256, path, name, format, title, date, kind FROM document WHERE path = ?",
                             arguments: [path]).map(Self.storedDocument)
        }
    }

    static func storedDocument(_ row: Row) -> StoredDocument {
        let date: String? = row["date"]
        let kind: String = row["kind"]
        return StoredDocument(
            nodeID: row["node_id"], sha256: row["sha256"], name: row["name"], source: row["path"], format: row["format"],
            title: row["title"], date: date.flatMap(PartialDate.init(iso:)), kind: DocumentKind(rawValue: kind) ?? .other)
    }

    static func storedNode(_ row: Row) -> StoredNode {
        StoredNode(id: row[0], labels: PropertyJSON.decodeLabels(row[1]), properties: PropertyJSON.decode(row[2]), key: row[3])
    }

    static func storedRelationship(_ row: Row) -> StoredRelationship {
        StoredRelationship(id: row[0], type: row[1], from: row[2], to: row[3], properties: PropertyJSON.decode(row[4]))
    }
}
