import DocGraphKit
import GRDB

extension GraphStore {
    /// Reads the selected part of the graph. Throws when a named document is not stored.
    public func snapshot(_ selection: ExportSelection = ExportSelection()) throws -> GraphSnapshot {
        try read { db in
            var nodes = try Row.fetchAll(db, sql: "SELECT id, labels, properties, key FROM node ORDER BY id").map(Self.storedNode)
            var relationships = try Row.fetchAll(
                db, sql: "SELECT id, type, start_id, end_id, properties FROM relationship ORDER BY id"
            ).map(Self.storedRelationship)
            var sources: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT node_id, path FROM document") { sources[row[0]] = row[1] }

            if let wanted = selection.nodeIDs {
                nodes = nodes.filter { wanted.contains($0.id) }
            }
            if !selection.labels.isEmpty {
                let labels = Set(selection.labels)
                nodes = nodes.filter { !labels.isDisjoint(with: $0.labels) }
            }
            if !selection.documents.isEmpty {
                var documentIDs: [Int64] = []
                for name in selection.documents {
                    guard let id = try Int64.fetchOne(db, sql: """
                        SELECT id FROM document WHERE name = ? OR path = ? OR sha256 = ? ORDER BY id LIMIT 1
                        """, arguments: [name, name, name]) else {
                        throw StoreError.notFound(what: "the document \(name)")
                    }
                    documentIDs.append(id)
                }
                var mentioned = Set<Int64>()
                var stated = Set<Int64>()
                for id in documentIDs {
                    mentioned.formUnion(try Int64.fetchAll(db, sql: "SELECT node_id FROM node_source WHERE document_id = ?", arguments: [id]))
                    stated.formUnion(try Int64.fetchAll(db, sql: "SELECT id FROM relationship WHERE document_id = ?", arguments: [id]))
                }
                nodes = nodes.filter { mentioned.contains($0.id) }
                relationships = relationships.filter { stated.contains($0.id) || $0.properties["document"] == nil }
            }
            if let wanted = selection.relationshipIDs {
                relationships = relationships.filter { wanted.contains($0.id) }
            }
            let kept = Set(nodes.map(\.id))
            relationships = relationships.filter { kept.contains($0.from) && kept.contains($0.to) }
            return GraphSnapshot(nodes: nodes, relationships: relationships, documentSources: sources)
        }
    }
}
