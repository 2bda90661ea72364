import DocGraphKit
import Foundation

/// Writes a Cypher script of CREATE statements that loads the graph into Neo4j (cypher-shell)
/// or into an empty docgraph store (`docgraph query --file`). Each node is created with a
/// temporary `_exportId` so relationships can find their ends; the last statement removes it.
public struct CypherExporter: Sendable {
    public static let temporaryKey = "_exportId"

    public init() {}

    public func export(_ snapshot: GraphSnapshot, emit: (String) throws -> Void) throws {
        let labelsOf = Dictionary(uniqueKeysWithValues: snapshot.nodes.map { ($0.id, $0.labels) })
        for node in snapshot.nodes {
            var properties = node.properties
            properties[Self.temporaryKey] = .int(Int(node.id))
            try emit("CREATE (\(Self.labels(node.labels)) \(Self.map(properties)));")
        }
        for relationship in snapshot.relationships {
            let from = Self.labels(labelsOf[relationship.from] ?? [])
            let to = Self.labels(labelsOf[relationship.to] ?? [])
            try emit(
                "MATCH (a\(from) {\(Self.temporaryKey): \(relationship.from)}), (b\(to) {\(Self.temporaryKey): \(relationship.to)}) "
                    + "CREATE (a)-[:\(Self.identifier(relationship.type)) \(Self.map(relationship.properties))]->(b);")
        }
        try emit("MATCH (n) REMOVE n.\(Self.temporaryKey);")
    }

    static func labels(_ labels: [String]) -> String {
        labels.map { ":" + identifier($0) }.joined()
    }

    /// A name as a Cypher identifier, back-quoted unless it is a plain one.
    static func identifier(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0) }
            && !(name.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? true)
        return plain ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    static func map(_ properties: Properties) -> String {
        "{" + properties.sorted { $0.key < $1.key }.map { "\(identifier($0.key)): \(literal($0.value))" }.joined(separator: ", ") + "}"
    }

    static func literal(_ value: PropertyValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return number.isFinite ? String(number) : "0.0"
        case .string(let text): return string(text)
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        case .map(let entries): return map(entries)
        }
    }

    static func string(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "'"
    }
}
