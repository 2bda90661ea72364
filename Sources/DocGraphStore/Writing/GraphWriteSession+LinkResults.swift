import DocGraphKit
import GRDB

/// Storing what a linker found over the whole graph. A linker's new result replaces its
/// previous one, but a linker run after each batch finds mostly what it found before, so only
/// what differs is written: nodes are matched by key and relationships by fingerprint, a
/// relationship whose properties changed is updated in place, and only what the linker no
/// longer finds is deleted. Kept nodes and relationships keep their ids.
extension GraphWriteSession {
    mutating func replaceLinkResult(_ result: LinkResult, owner: String) throws {
        var formerNodes: [String: Int64] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT id, coalesce(key, 'node:' || id) AS key FROM node WHERE owner = ? AND origin = 'extracted'",
            arguments: [owner]) {
            formerNodes[row["key"]] = row["id"]
        }
        var locals: [String: (id: Int64, key: String)] = [:]
        var wanted: [PreparedRelationship] = []
        for node in result.nodes {
            let key = node.key ?? "\(node.labels.first ?? "Node")|\(owner)|\(node.localID)"
            if try isTombstoned(key) { continue }
            let former = formerNodes.removeValue(forKey: key)
            let id = try upsertNode(labels: node.labels, key: key, owner: owner)
            if former != nil { try clearSources(of: id, keeping: Set(node.mentions.map(\.document))) }
            for evidence in node.mentions {
                guard let document = try documentContext(sha256: evidence.document) else { continue }
                try setSource(of: id, document: document.id, properties: node.properties)
                try insertMentions([evidence], node: id, documentID: document.id)
                wanted.append(PreparedRelationship(
                    type: GraphVocabulary.mentionedIn, from: id, to: document.nodeID,
                    properties: PropertyJSON.encode(Self.evidenceProperties(evidence, extra: [:])), owner: owner,
                    fingerprint: "\(GraphVocabulary.mentionedIn)|\(key)|\(document.key)|\(document.path)"))
            }
            if node.mentions.isEmpty {
                let properties = PropertyJSON.encode(node.properties)
                try db.cachedStatement(sql: "UPDATE node SET properties = ? WHERE id = ?").execute(arguments: [properties, id])
                fresh[id]?.properties = properties
                fresh[id]?.settled = nil
            }
            touched.insert(id)
            locals[node.localID] = (id, key)
        }
        // Each relationship is prepared as it is stored, not all of them first: their
        // properties' JSON, made from the result, is not held twice.
        var former = try formerRelationships(owner: owner)
        for prepared in wanted { try store(prepared, replacing: &former) }
        for relationship in result.relationships {
            if let prepared = try prepare(relationship, locals: locals, document: nil, owner: owner) {
                try store(prepared, replacing: &former)
            }
        }
        let delete = try db.cachedStatement(sql: "DELETE FROM relationship WHERE id = ?")
        for id in former.values.flatMap({ $0.map(\.id) }).sorted() {
            try delete.execute(arguments: [id])
        }
        let deleteNode = try db.cachedStatement(sql: "DELETE FROM node WHERE id = ? AND curated IS NULL")
        for id in formerNodes.values.sorted() {
            try deleteNode.execute(arguments: [id])
            searchIndex.remove(id)
        }
        try finish()
    }

    /// A relationship an owner stored before, without its properties: the store compares those
    /// when it updates the row (``store(_:replacing:)``), so a linker's many are not held.
    private struct FormerRelationship {
        var id: Int64
        var type: String
        var from: Int64
        var to: Int64
    }

    /// The relationships an owner stored before, by fingerprint, in id order, read through a
    /// cursor.
    private func formerRelationships(owner: String) throws -> [String: [FormerRelationship]] {
        var former: [String: [FormerRelationship]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, type, start_id, end_id, fingerprint FROM relationship
            WHERE owner = ? AND origin = 'extracted' ORDER BY id
            """, arguments: [owner])
        while let row = try rows.next() {
            former[row["fingerprint"] ?? "", default: []].append(
                FormerRelationship(id: row["id"], type: row["type"], from: row["start_id"], to: row["end_id"]))
        }
        return former
    }

    /// Stores one wanted relationship against those the owner stored before (`former`): the
    /// same relationship (fingerprint, type and ends) is kept, its properties updated where
    /// they differ, and taken out of `former`; a new one is inserted. What is left in `former`
    /// at the end is no longer wanted.
    private func store(_ relationship: PreparedRelationship, replacing former: inout [String: [FormerRelationship]]) throws {
        let same = former[relationship.fingerprint]?.firstIndex {
            $0.type == relationship.type && $0.from == relationship.from && $0.to == relationship.to
        }
        guard let same, let kept = former[relationship.fingerprint]?.remove(at: same) else {
            try insert(relationship, documentID: nil)
            return
        }
        try db.cachedStatement(sql: "UPDATE relationship SET properties = ? WHERE id = ? AND properties IS NOT ?")
            .execute(arguments: [relationship.properties, kept.id, relationship.properties])
    }

    /// Before a kept node is written again: its mentions go (they are written anew) and so does
    /// what documents it no longer cites said of it.
    private mutating func clearSources(of node: Int64, keeping documents: Set<String>) throws {
        try db.cachedStatement(sql: "DELETE FROM mention WHERE node_id = ?").execute(arguments: [node])
        let sources = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT node_source.document_id, node_source.properties, document.sha256 FROM node_source
            JOIN document ON document.id = node_source.document_id WHERE node_source.node_id = ?
            """), arguments: [node])
        for source in sources where !documents.contains(source["sha256"]) {
            try changeTally(of: node) { $0.remove(PropertyJSON.decode(source["properties"])) }
            try db.cachedStatement(sql: "DELETE FROM node_source WHERE node_id = ? AND document_id = ?")
                .execute(arguments: [node, source["document_id"] as Int64])
        }
    }
}
