import DocGraphKit
import Foundation

/// Writes a generated graph as CSV files for a property-graph database such as Kùzu: one file
/// per node label (`id` then the label's properties) and one per relationship type and pair of
/// end labels (`from`, `to`, then the type's properties), plus `graph.json` naming every file
/// and its columns so a loader can create the tables.
public final class CSVGraphWriter {
    /// The properties each label's file holds, in column order.
    public static let nodeColumns: [String: [String]] = [
        GraphVocabulary.document: ["name", "date", "kind", "title"],
        GraphVocabulary.person: ["name"],
        GraphVocabulary.organisation: ["name", "kind"],
        GraphVocabulary.meeting: ["title", "date", "status", "kind"],
        GraphVocabulary.commitment: ["text", "date"],
        GraphVocabulary.update: ["text", "date", "relation"],
    ]

    /// The properties each relationship type's files hold.
    public static let relationshipColumns: [String: [String]] = [
        GraphVocabulary.holdsRole: ["title"],
        GraphVocabulary.attended: ["role"],
        GraphVocabulary.followsUp: ["relation"],
        GraphVocabulary.mentionedIn: [],
    ]

    private let directory: URL
    private let shape: GraphShape
    private var files: [String: BufferedFile] = [:]
    private var relationshipFiles: [(type: String, from: String, to: String, file: String)] = []

    public init(directory: URL, shape: GraphShape) throws {
        self.directory = directory
        self.shape = shape
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw BenchError("cannot create the folder \(directory.path): \(error.localizedDescription)")
        }
    }

    public func write(nodes: [GeneratedNode]) throws {
        for node in nodes {
            let columns = Self.nodeColumns[node.label] ?? []
            let file = try self.file(named: "nodes-\(node.label).csv", header: ["id"] + columns)
            try file.append([String(node.number)] + columns.map { node.properties[$0]?.stringValue ?? "" })
        }
    }

    public func write(relationships: [GeneratedRelationship]) throws {
        for relationship in relationships {
            let from = shape.label(of: relationship.from)
            let to = shape.label(of: relationship.to)
            let name = "rels-\(relationship.type)-\(from)-\(to).csv"
            let columns = Self.relationshipColumns[relationship.type] ?? []
            if files[name] == nil { relationshipFiles.append((relationship.type, from, to, name)) }
            let file = try self.file(named: name, header: ["from", "to"] + columns)
            try file.append([String(relationship.from), String(relationship.to)]
                + columns.map { relationship.properties[$0]?.stringValue ?? "" })
        }
    }

    /// Flushes every file and writes `graph.json`.
    public func finish() throws {
        for file in files.values { try file.flush() }
        var nodes: [[String: Any]] = []
        for label in GraphShape.labels {
            nodes.append(["label": label, "file": "nodes-\(label).csv", "columns": Self.nodeColumns[label] ?? []])
        }
        let relationships: [[String: Any]] = relationshipFiles.map {
            ["type": $0.type, "from": $0.from, "to": $0.to, "file": $0.file, "columns": Self.relationshipColumns[$0.type] ?? []]
        }
        let manifest: [String: Any] = ["nodes": nodes, "relationships": relationships]
        do {
            let data = try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: directory.appendingPathComponent("graph.json"))
        } catch {
            throw BenchError("cannot write \(directory.appendingPathComponent("graph.json").path): \(error.localizedDescription)")
        }
    }

    private func file(named name: String, header: [String]) throws -> BufferedFile {
        if let file = files[name] { return file }
        let file = try BufferedFile(url: directory.appendingPathComponent(name))
        try file.append(header)
        files[name] = file
        return file
    }
}
