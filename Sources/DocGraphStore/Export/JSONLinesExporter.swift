import DocGraphKit
import Foundation
import GRDB

/// Writes the graph as JSON lines in the shape of Neo4j APOC's JSON export (GRAPH_SCHEMA.md):
/// every node, then every relationship, one object a line. Node ids are the store's node ids;
/// relationship ids carry an `r` before the store's relationship id, so ids are unique in one export.
public struct JSONLinesExporter: Sendable {
    public init() {}

    /// Writes a snapshot (part of the graph) in the same shape.
    public func export(_ snapshot: GraphSnapshot, emit: (String) throws -> Void) throws {
        var labelsOf: [Int64: String] = [:]
        for node in snapshot.nodes {
            let labels = PropertyJSON.encodeLabels(node.labels)
            labelsOf[node.id] = labels
            try emit(#"{"type":"node","id":"\#(node.id)","labels":\#(labels),"properties":\#(PropertyJSON.encode(node.properties))}"#)
        }
        for relationship in snapshot.relationships {
            try emit(Self.relationshipLine(
                id: relationship.id, type: relationship.type, start: relationship.from, startLabels: labelsOf[relationship.from] ?? "[]",
                end: relationship.to, endLabels: labelsOf[relationship.to] ?? "[]",
                properties: PropertyJSON.encode(relationship.properties)))
        }
    }

    static func relationshipLine(
        id: Int64, type: String, start: Int64, startLabels: String, end: Int64, endLabels: String, properties: String
    ) -> String {
        let typeJSON = PropertyJSON.encode(.string(type))
        return #"{"type":"relationship","id":"r\#(id)","label":\#(typeJSON),"start":{"id":"\#(start)","labels":\#(startLabels)},"end":{"id":"\#(end)","labels":\#(endLabels)},"properties":\#(properties)}"#
    }

    /// Streams the store's graph, a line at a time, to `emit`.
    public func export(_ store: GraphStore, emit: (String) throws -> Void) throws {
        try store.read { db in
            var labelsOf: [Int64: String] = [:]
            let nodes = try Row.fetchCursor(db, sql: "SELECT id, labels, properties FROM node ORDER BY id")
            while let row = try nodes.next() {
                let id: Int64 = row[0]
                let labels: String = row[1]
                let properties: String = row[2]
                labelsOf[id] = labels
                try emit(#"{"type":"node","id":"\#(id)","labels":\#(labels),"properties":\#(properties)}"#)
            }
            let relationships = try Row.fetchCursor(
                db, sql: "SELECT id, type, start_id, end_id, properties FROM relationship ORDER BY id")
            while let row = try relationships.next() {
                let id: Int64 = row[0]
                let type: String = row[1]
                let start: Int64 = row[2]
                let end: Int64 = row[3]
                let properties: String = row[4]
                try emit(Self.relationshipLine(
                    id: id, type: type, start: start, startLabels: labelsOf[start] ?? "[]", end: end,
                    endLabels: labelsOf[end] ?? "[]", properties: properties))
            }
        }
    }
}
