/// Cypher values as JSON: nodes and relationships in the shape of the store's JSON-lines
/// export (`id`, `labels`/`type`, `properties`), paths as their nodes and relationships.
enum JSONValueWriter {
    static func object(_ columns: [String], _ row: [CypherValue]) -> String {
        "{" + zip(columns, row).map { string($0) + ":" + value($1) }.joined(separator: ",") + "}"
    }

    static func value(_ value: CypherValue) -> String {
        switch value {
        case .null: return "null"
        case .boolean(let flag): return flag ? "true" : "false"
        case .integer(let int): return String(int)
        case .float(let double): return double.isFinite ? "\(double)" : string(CypherFunctions.formatFloat(double))
        case .string(let text): return string(text)
        case .list(let items): return "[" + items.map(Self.value).joined(separator: ",") + "]"
        case .map(let entries): return map(entries)
        case .node(let node):
            return "{\"id\":\"\(node.id)\",\"labels\":[" + node.labels.map(string).joined(separator: ",") + "],\"properties\":"
                + map(node.properties) + "}"
        case .relationship(let relationship):
            return "{\"id\":\"\(relationship.id)\",\"label\":" + string(relationship.type) + ",\"start\":\"\(relationship.startID)\","
                + "\"end\":\"\(relationship.endID)\",\"properties\":" + map(relationship.properties) + "}"
        case .path(let path):
            return "{\"nodes\":[" + path.nodes.map { Self.value(.node($0)) }.joined(separator: ",") + "],\"relationships\":["
                + path.relationships.map { Self.value(.relationship($0)) }.joined(separator: ",") + "]}"
        }
    }

    static func map(_ entries: [String: CypherValue]) -> String {
        "{" + entries.keys.sorted().map { string($0) + ":" + value(entries[$0] ?? .null) }.joined(separator: ",") + "}"
    }

    static func string(_ text: String) -> String {
        var output = ""
        PropertyJSON.writeString(text, into: &output)
        return output
    }
}
