import DocGraphKit
import Foundation
import GRDB

extension GraphStore {
    /// Reads a JSON-lines export back into an empty store, in one transaction: the same nodes
    /// with their labels and properties, the same relationships. Imported facts belong to no
    /// document, so ingestion never removes them.
    ///
    /// - Throws: ``StoreError/invalid(message:)`` when the store is not empty,
    ///   ``JSONLinesImportError`` naming the first bad line (nothing is written then).
    public func importJSONLines(_ lines: some Sequence<String>) throws -> (nodes: Int, relationships: Int) {
        try write { db in
            let existing = try Int.fetchOne(db, sql: "SELECT count(*) FROM node") ?? 0
            guard existing == 0 else {
                throw StoreError.invalid(message: "import needs an empty store; this one holds \(existing) nodes")
            }
            var ids: [String: Int64] = [:]
            var counts = (nodes: 0, relationships: 0)
            for (offset, line) in lines.enumerated() {
                let number = offset + 1
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                guard let object = try? JSONDecoder().decode(ExportLine.self, from: Data(line.utf8)) else {
                    throw JSONLinesImportError(line: number, reason: "not a node or relationship object of the JSON-lines export")
                }
                switch object.type {
                case "node":
                    let labels = object.labels ?? []
                    try db.execute(
                        sql: "INSERT INTO node (labels, properties, origin) VALUES (?, ?, 'curated')",
                        arguments: [PropertyJSON.encodeLabels(labels), PropertyJSON.encode(object.properties ?? [:])])
                    let id = db.lastInsertedRowID
                    for label in Set(labels) {
                        try db.execute(sql: "INSERT INTO node_label (label, node_id) VALUES (?, ?)", arguments: [label, id])
                    }
                    ids[object.id] = id
                    counts.nodes += 1
                case "relationship":
                    guard let type = object.label, let start = object.start?.id, let end = object.end?.id else {
                        throw JSONLinesImportError(line: number, reason: "a relationship needs label, start and end")
                    }
                    guard let from = ids[start], let to = ids[end] else {
                        throw JSONLinesImportError(line: number, reason: "the relationship refers to a node not defined before it")
                    }
                    try db.execute(
                        sql: "INSERT INTO relationship (type, start_id, end_id, properties, origin) VALUES (?, ?, ?, ?, 'curated')",
                        arguments: [type, from, to, PropertyJSON.encode(object.properties ?? [:])])
                    counts.relationships += 1
                default:
                    throw JSONLinesImportError(line: number, reason: "type must be node or relationship, not \(object.type)")
                }
            }
            return counts
        }
    }
}

/// One line of the JSON-lines export.
struct ExportLine: Decodable {
    struct End: Decodable {
        var id: String
    }

    var type: String
    var id: String
    var labels: [String]?
    var label: String?
    var start: End?
    var end: End?
    var properties: Properties?
}
