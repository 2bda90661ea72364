import DocGraphKit

/// Writes GraphML that Gephi and yEd open: every property becomes a declared key, node labels
/// are the `labels` key (`:Person`) and a `label` key holds what to display; edges carry their
/// type in `label`.
public struct GraphMLExporter: Sendable {
    public init() {}

    public func export(_ snapshot: GraphSnapshot, emit: (String) throws -> Void) throws {
        let nodeKeys = Self.keyTypes(snapshot.nodes.map(\.properties))
        let edgeKeys = Self.keyTypes(snapshot.relationships.map(\.properties))
        try emit(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        try emit(#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#)
        try emit(#"  <key id="labels" for="node" attr.name="labels" attr.type="string"/>"#)
        try emit(#"  <key id="label" for="node" attr.name="label" attr.type="string"/>"#)
        try emit(#"  <key id="type" for="edge" attr.name="label" attr.type="string"/>"#)
        for (name, type) in nodeKeys {
            try emit(#"  <key id="n_\#(Self.escape(name))" for="node" attr.name="\#(Self.escape(name))" attr.type="\#(type)"/>"#)
        }
        for (name, type) in edgeKeys {
            try emit(#"  <key id="e_\#(Self.escape(name))" for="edge" attr.name="\#(Self.escape(name))" attr.type="\#(type)"/>"#)
        }
        try emit(#"  <graph id="docgraph" edgedefault="directed">"#)
        for node in snapshot.nodes {
            let labels = node.labels.map { ":" + $0 }.joined()
            var line = #"    <node id="n\#(node.id)" labels="\#(Self.escape(labels))">"#
            line += #"<data key="labels">\#(Self.escape(labels))</data><data key="label">\#(Self.escape(node.displayName))</data>"#
            for (name, value) in node.properties.sorted(by: { $0.key < $1.key }) {
                line += #"<data key="n_\#(Self.escape(name))">\#(Self.escape(Self.text(value)))</data>"#
            }
            try emit(line + "</node>")
        }
        for relationship in snapshot.relationships {
            var line = #"    <edge id="e\#(relationship.id)" source="n\#(relationship.from)" target="n\#(relationship.to)" label="\#(Self.escape(relationship.type))">"#
            line += #"<data key="type">\#(Self.escape(relationship.type))</data>"#
            for (name, value) in relationship.properties.sorted(by: { $0.key < $1.key }) {
                line += #"<data key="e_\#(Self.escape(name))">\#(Self.escape(Self.text(value)))</data>"#
            }
            try emit(line + "</edge>")
        }
        try emit("  </graph>")
        try emit("</graphml>")
    }

    /// Each property name with the GraphML type that holds all its values.
    static func keyTypes(_ maps: [Properties]) -> [(String, String)] {
        var types: [String: String] = [:]
        for map in maps {
            for (name, value) in map {
                let type: String
                switch value {
                case .int: type = "long"
                case .double: type = "double"
                case .bool: type = "boolean"
                default: type = "string"
                }
                if let existing = types[name], existing != type {
                    types[name] = (existing == "long" && type == "double") || (existing == "double" && type == "long") ? "double" : "string"
                } else {
                    types[name] = type
                }
            }
        }
        return types.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func text(_ value: PropertyValue) -> String {
        switch value {
        case .list, .map: return PropertyJSON.encode(value)
        default: return value.description
        }
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                // XML 1.0 forbids most control characters.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
