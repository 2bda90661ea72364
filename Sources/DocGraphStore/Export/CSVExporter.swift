import DocGraphKit
import Foundation

/// Writes a nodes file and a relationships file with the headers `neo4j-admin database import`
/// reads: `:ID` and `:LABEL` (labels separated by `;`), `:START_ID`, `:END_ID` and `:TYPE`, and
/// one typed column per property (`start:long`, `aliases:string[]` with `;` between items).
public struct CSVExporter: Sendable {
    public init() {}

    /// The two files' contents.
    public func export(_ snapshot: GraphSnapshot) -> (nodes: String, relationships: String) {
        let nodeColumns = Self.columns(snapshot.nodes.map(\.properties))
        var nodes = [(["id:ID", ":LABEL"] + nodeColumns.map(\.header)).map(Self.field).joined(separator: ",")]
        for node in snapshot.nodes {
            let cells = ["n\(node.id)", node.labels.joined(separator: ";")]
                + nodeColumns.map { Self.cell(node.properties[$0.name], column: $0) }
            nodes.append(cells.map(Self.field).joined(separator: ","))
        }
        let relationshipColumns = Self.columns(snapshot.relationships.map(\.properties))
        var relationships = [([":START_ID", ":END_ID", ":TYPE"] + relationshipColumns.map(\.header)).map(Self.field).joined(separator: ",")]
        for relationship in snapshot.relationships {
            let cells = ["n\(relationship.from)", "n\(relationship.to)", relationship.type]
                + relationshipColumns.map { Self.cell(relationship.properties[$0.name], column: $0) }
            relationships.append(cells.map(Self.field).joined(separator: ","))
        }
        return (nodes.joined(separator: "\n") + "\n", relationships.joined(separator: "\n") + "\n")
    }

    struct Column {
        var name: String
        var type: String
        var header: String { "\(name):\(type)" }
    }

    static func columns(_ maps: [Properties]) -> [Column] {
        GraphMLExporter.keyTypes(maps).map { name, type in
            let isList = maps.contains { if case .list = $0[name] { return true } else { return false } }
            if isList { return Column(name: name, type: "string[]") }
            return Column(name: name, type: type == "long" ? "long" : type == "double" ? "double" : type == "boolean" ? "boolean" : "string")
        }
    }

    static func cell(_ value: PropertyValue?, column: Column) -> String {
        guard let value, value != .null else { return "" }
        if column.type == "string[]" {
            return (value.stringList ?? [value.description]).map { $0.replacingOccurrences(of: ";", with: ",") }.joined(separator: ";")
        }
        if column.type == "string", case .map = value { return PropertyJSON.encode(value) }
        return value.description
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
