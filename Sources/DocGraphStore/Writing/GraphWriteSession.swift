import DocGraphKit
import Foundation
import GRDB

/// The work of one write transaction: inserting a document's nodes, mentions and relationships,
/// removing an earlier version, and recomputing the properties of every node it touched.
struct GraphWriteSession {
    let db: Database
    /// Nodes whose sources changed; their properties and search text are recomputed at the end.
    var touched = Set<Int64>()
    /// The source tallies of nodes this session changed, by node id, until ``finish()`` stores them.
    var tallies: [Int64: PropertyTally] = [:]
    private var tombstones: Set<String>?
    /// While a document's facts are added: the largest mention id before them. Every mention
    /// above it is new, and no touched node has lost one since its search text was last made.
    var mentionsBefore: Int64?
    /// Nodes this session inserted, by id: their rows are known without reading them.
    var fresh: [Int64: FreshNode] = [:]
    /// The quotes of the mentions this session added to nodes it did not insert, by node, in
    /// the order of their ids: what their search quotes are brought up to date with.
    var addedQuotes: [Int64: [String]] = [:]
    /// See ``earlierMentionCount(of:before:)``.
    var earlierMentions: [Int64: Int] = [:]
    /// See ``highestSearchRow()``.
    var searchRowCeiling: Int64?
    /// The search text changes of the transaction, written at its end (``SearchIndexWrites``);
    /// shared by the sessions of one transaction's documents.
    let searchIndex: SearchIndexWrites

    init(db: Database, searchIndex: SearchIndexWrites) {
        self.db = db
        self.searchIndex = searchIndex
    }

    mutating func writeDocument(_ graph: DocumentGraph, path: String) throws -> WriteOutcome {
        if let stored = try Row.fetchOne(db, sql: "SELECT path FROM document WHERE sha256 = ?", arguments: [graph.document.id]) {
            let storedPath: String = stored["path"]
            return storedPath == path ? .unchanged : .duplicate(of: storedPath)
        }
        let replaced = try removeDocument(at: path)
        mentionsBefore = try Int64.fetchOne(db, sql: "SELECT max(id) FROM mention") ?? 0
        defer { mentionsBefore = nil }
        let document = graph.document
        let documentProperties = Self.properties(of: document, path: path)
        // The node goes in first, for its id, and its source once the document row is there.
        let documentNode = try insertNode(
            labels: [GraphVocabulary.document], key: "Document|\(path)", properties: documentProperties, owner: nil)
        try db.execute(
            sql: """
                INSERT INTO document (node_id, sha256, path, name, format, title, date, kind, text, blocks, metadata, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                documentNode, document.id, path, document.name, document.format, document.title, document.date?.iso,
                document.kind.rawValue, document.text, Self.blocksJSON(document.blocks),
                PropertyJSON.encode(document.metadata.mapValues(PropertyValue.string)),
                Date().formatted(.iso8601),
            ])
        let documentID = db.lastInsertedRowID
        searchIndex.index(document: documentID)
        try setSource(of: documentNode, document: documentID, properties: documentProperties)
        let context = DocumentContext(id: documentID, nodeID: documentNode, path: path, key: "Document|\(path)")
        var locals: [String: (id: Int64, key: String)] = [:]
        for node in graph.nodes {
            if let written = try writeNode(node, in: context) { locals[node.localID] = written }
        }
        for relationship in graph.relationships {
            try writeRelationship(relationship, locals: locals, document: context, owner: nil)
        }
        try finish()
        return replaced ? .replaced : .added
    }

    /// Deletes the document at a path and what it contributed; nodes left with no source go too.
    mutating func removeDocument(at path: String) throws -> Bool {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, node_id FROM document WHERE path = ?", arguments: [path]) else {
            return false
        }
        let documentID: Int64 = row["id"]
        let documentNode: Int64 = row["node_id"]
        // What the session inserted may go with the document: read it back from here on.
        fresh.removeAll()
        let sources = try Row.fetchAll(
            db, sql: "SELECT node_id, properties FROM node_source WHERE document_id = ?", arguments: [documentID])
        for source in sources {
            let node: Int64 = source["node_id"]
            try changeTally(of: node) { $0.remove(PropertyJSON.decode(source["properties"])) }
            touched.insert(node)
        }
        try db.execute(sql: "DELETE FROM relationship WHERE document_id = ?", arguments: [documentID])
        try searchIndex.prepareToDelete(document: documentID, in: db)
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [documentID])
        try db.execute(sql: "DELETE FROM node WHERE id = ? AND curated IS NULL", arguments: [documentNode])
        if db.changesCount > 0 {
            searchIndex.remove(documentNode)
        }
        touched.remove(documentNode)
        try finish()
        return true
    }

    // MARK: Nodes

    private mutating func writeNode(_ node: GraphNode, in document: DocumentContext) throws -> (id: Int64, key: String)? {
        let key = node.key ?? "\(node.labels.first ?? "Node")|\(document.path)|\(node.localID)"
        if try isTombstoned(key) { return nil }
        let id: Int64
        if let stored = try storedNode(labels: node.labels, key: key) {
            id = stored
            try setSource(of: id, document: document.id, properties: node.properties)
        } else {
            id = try insertNode(labels: node.labels, key: key, document: document.id, properties: node.properties)
        }
        try insertMentions(node.mentions, node: id, documentID: document.id)
        if let first = node.evidence ?? node.mentions.first {
            let properties = Self.evidenceProperties(first, extra: [:])
            try db.cachedStatement(sql: """
                    INSERT INTO relationship (type, start_id, end_id, properties, document_id, origin, owner, fingerprint)
                    VALUES (?, ?, ?, ?, ?, 'extracted', ?, ?)
                    """).execute(
                arguments: [
                    GraphVocabulary.mentionedIn, id, document.nodeID, PropertyJSON.encode(properties), document.id,
                    first.extractor, "\(GraphVocabulary.mentionedIn)|\(key)|\(document.key)|\(document.path)",
                ])
        }
        touched.insert(id)
        return (id, key)
    }

    mutating func upsertNode(labels: [String], key: String, owner: String? = nil) throws -> Int64 {
        if let id = try storedNode(labels: labels, key: key) { return id }
        return try insertNode(labels: labels, key: key, properties: [:], owner: owner)
    }

    /// The id of the node stored under a key, given any of `labels` it lacks; `nil` when there is none.
    private func storedNode(labels: [String], key: String) throws -> Int64? {
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, labels FROM node WHERE key = ?"), arguments: [key]) {
            let id: Int64 = row["id"]
            let existing = PropertyJSON.decodeLabels(row["labels"])
            let missing = labels.filter { !existing.contains($0) }
            if !missing.isEmpty {
                try db.execute(sql: "UPDATE node SET labels = ? WHERE id = ?",
                               arguments: [PropertyJSON.encodeLabels(existing + missing), id])
                for label in missing {
                    try db.execute(sql: "INSERT OR IGNORE INTO node_label (label, node_id) VALUES (?, ?)", arguments: [label, id])
                }
            }
            return id
        }
        return nil
    }

    /// Inserts a node whose one source is what `document` says of it, with the properties,
    /// tally and source row ``finish()`` would give it, so that it need not update them.
    private mutating func insertNode(
        labels: [String], key: String, document: Int64, properties: Properties
    ) throws -> Int64 {
        var tally = PropertyTally()
        tally.add(properties)
        let mergedProperties = PropertyMerger.apply(curated: PropertyJSON.decode(nil), to: tally.merged)
        let merged = PropertyJSON.encode(mergedProperties)
        let stored = tally.stored
        try db.cachedStatement(sql: """
            INSERT INTO node (labels, key, properties, origin, owner, fingerprint, tally) VALUES (?, ?, ?, 'extracted', NULL, ?, ?)
            """).execute(arguments: [PropertyJSON.encodeLabels(labels), key, merged, key, stored])
        let id = db.lastInsertedRowID
        try insertLabels(labels, of: id)
        try db.cachedStatement(sql: "INSERT INTO node_source (node_id, document_id, properties) VALUES (?, ?, ?)")
            .execute(arguments: [id, document, PropertyJSON.encode(properties)])
        fresh[id] = FreshNode(owner: nil, properties: merged, tally: stored, documents: [document], settled: mergedProperties)
        tallies[id] = tally
        touched.insert(id)
        return id
    }

    private mutating func insertNode(labels: [String], key: String, properties: Properties, owner: String?) throws -> Int64 {
        let stored = PropertyJSON.encode(properties)
        try db.cachedStatement(
            sql: "INSERT INTO node (labels, key, properties, origin, owner, fingerprint) VALUES (?, ?, ?, 'extracted', ?, ?)")
            .execute(arguments: [PropertyJSON.encodeLabels(labels), key, stored, owner, key])
        let id = db.lastInsertedRowID
        fresh[id] = FreshNode(owner: owner, properties: stored)
        try insertLabels(labels, of: id)
        return id
    }

    private func insertLabels(_ labels: [String], of id: Int64) throws {
        let insertLabel = try db.cachedStatement(sql: "INSERT OR IGNORE INTO node_label (label, node_id) VALUES (?, ?)")
        for label in Set(labels) {
            try insertLabel.execute(arguments: [label, id])
        }
    }

    mutating func insertMentions(_ mentions: [Evidence], node: Int64, documentID: Int64) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO mention (node_id, document_id, start, "end", quote, extractor, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for mention in mentions {
            try statement.execute(arguments: [
                node, documentID, mention.start, mention.end, mention.quote, mention.extractor, mention.confidence,
            ])
        }
        if fresh[node] != nil {
            fresh[node]?.quotes += mentions.map(\.quote)
        } else {
            addedQuotes[node, default: []] += mentions.map(\.quote)
        }
    }

    // MARK: Relationships

    private mutating func writeRelationship(
        _ relationship: GraphRelationship, locals: [String: (id: Int64, key: String)], document: DocumentContext?,
        owner: String?
    ) throws {
        guard let prepared = try prepare(relationship, locals: locals, document: document, owner: owner) else { return }
        try insert(prepared, documentID: document?.id)
    }

    /// A relationship with its ends resolved and its properties encoded, or `nil` when an end
    /// is unknown or the relationship was deleted by hand (tombstoned).
    mutating func prepare(
        _ relationship: GraphRelationship, locals: [String: (id: Int64, key: String)], document: DocumentContext?,
        owner: String?
    ) throws -> PreparedRelationship? {
        guard let from = try resolve(relationship.from, locals: locals),
              let to = try resolve(relationship.to, locals: locals) else { return nil }
        let path = document?.path ?? owner ?? ""
        let fingerprint = "\(relationship.type)|\(from.key)|\(to.key)|\(path)"
        if try isTombstoned(fingerprint) { return nil }
        var properties = relationship.properties
        if let evidence = relationship.evidence {
            properties = Self.evidenceProperties(evidence, extra: properties)
        } else {
            properties["origin"] = "extracted"
        }
        return PreparedRelationship(
            type: relationship.type, from: from.id, to: to.id, properties: PropertyJSON.encode(properties),
            owner: owner ?? relationship.evidence?.extractor, fingerprint: fingerprint)
    }

    /// Stores a prepared relationship.
    func insert(_ relationship: PreparedRelationship, documentID: Int64?) throws {
        try db.cachedStatement(sql: """
                INSERT INTO relationship (type, start_id, end_id, properties, document_id, origin, owner, fingerprint)
                VALUES (?, ?, ?, ?, ?, 'extracted', ?, ?)
                """).execute(
            arguments: [
                relationship.type, relationship.from, relationship.to, relationship.properties, documentID,
                relationship.owner, relationship.fingerprint,
            ])
    }

    private func resolve(_ reference: NodeReference, locals: [String: (id: Int64, key: String)]) throws -> (id: Int64, key: String)? {
        switch reference {
        case .local(let name):
            return locals[name]
        case .stored(let id):
            guard let key = try String.fetchOne(
                db.cachedStatement(sql: "SELECT coalesce(key, 'node:' || id) FROM node WHERE id = ?"), arguments: [id]) else {
                return nil
            }
            return (id, key)
        }
    }

    mutating func isTombstoned(_ fingerprint: String) throws -> Bool {
        if tombstones == nil {
            tombstones = Set(try String.fetchAll(db, sql: "SELECT fingerprint FROM tombstone"))
        }
        return tombstones?.contains(fingerprint) ?? false
    }

    func documentContext(sha256: String) throws -> DocumentContext? {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, node_id, path FROM document WHERE sha256 = ?"), arguments: [sha256]) else {
            return nil
        }
        let path: String = row["path"]
        return DocumentContext(id: row["id"], nodeID: row["node_id"], path: path, key: "Document|\(path)")
    }

    // MARK: Values

    static func evidenceProperties(_ evidence: Evidence, extra: Properties) -> Properties {
        var properties = extra
        properties["document"] = .string(evidence.document)
        properties["start"] = .int(evidence.start)
        properties["end"] = .int(evidence.end)
        properties["quote"] = .string(evidence.quote)
        properties["extractor"] = .string(evidence.extractor)
        properties["confidence"] = .double(evidence.confidence)
        properties["origin"] = "extracted"
        return properties
    }

    static func properties(of document: Document, path: String) -> Properties {
        var properties: Properties = [
            "name": .string(document.name), "sha256": .string(document.id), "format": .string(document.format),
            "kind": .string(document.kind.rawValue), "source": .string(document.source),
        ]
        if let title = document.title { properties["title"] = .string(title) }
        if let date = document.date { properties["date"] = .string(date.iso) }
        return properties
    }

    static func blocksJSON(_ blocks: [Block]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(blocks) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
