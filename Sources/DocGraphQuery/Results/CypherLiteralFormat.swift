import Foundation

/// Values written the way Cypher writes literals: `'text'`, `[1, 2]`, `{name: 'x'}`,
/// `(:Person {name: 'x'})`, `[:MET {year: 2017}]`, `<(:A)-[:R]->(:B)>`. Tables and the TCK use it.
public enum CypherLiteralFormat {
    public static func format(_ value: CypherValue) -> String {
        switch value {
        case .null: return "null"
        case .boolean(let flag): return flag ? "true" : "false"
        case .integer(let int): return String(int)
        case .float(let double): return CypherFunctions.formatFloat(double)
        case .string(let text): return quote(text)
        case .list(let items): return "[" + items.map(format).joined(separator: ", ") + "]"
        case .map(let entries): return formatMap(entries)
        case .node(let node): return formatNode(node)
        case .relationship(let relationship): return formatRelationship(relationship)
        case .path(let path): return formatPath(path)
        }
    }

    static func quote(_ text: String) -> String {
        var result = "'"
        for char in text {
            switch char {
            case "'": result += "\\'"
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.append(char)
            }
        }
        return result + "'"
    }

    static func formatMap(_ entries: [String: CypherValue]) -> String {
        "{" + entries.keys.sorted().map { "\(key($0)): \(format(entries[$0] ?? .null))" }.joined(separator: ", ") + "}"
    }

    static func key(_ name: String) -> String {
        let simple = name.first.map { $0.isLetter || $0 == "_" } == true && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return simple ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    static func formatNode(_ node: CypherNode) -> String {
        var text = "(" + node.labels.map { ":" + key($0) }.joined()
        if !node.properties.isEmpty { text += (node.labels.isEmpty ? "" : " ") + formatMap(node.properties) }
        return text + ")"
    }

    static func formatRelationship(_ relationship: CypherRelationship) -> String {
        var text = "[:" + key(relationship.type)
        if !relationship.properties.isEmpty { text += " " + formatMap(relationship.properties) }
        return text + "]"
    }

    static func formatPath(_ path: CypherPath) -> String {
        guard let first = path.nodes.first else { return "<>" }
        var text = "<" + formatNode(first)
        var previous = first
        for (relationship, node) in zip(path.relationships, path.nodes.dropFirst()) {
            let forward = relationship.startID == previous.id
            text += (forward ? "-" : "<-") + formatRelationship(relationship) + (forward ? "->" : "-") + formatNode(node)
            previous = node
        }
        return text + ">"
    }
}
