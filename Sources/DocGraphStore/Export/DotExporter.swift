import DocGraphKit
import Foundation

/// Writes the graph for Graphviz. For readability, documents and MENTIONED_IN edges are left out
/// unless the selection asked for Document nodes, and labels are cut to a few words.
public struct DotExporter: Sendable {
    static let colours: [String: String] = [
        "Person": "#cfe2f3", "Organisation": "#d9ead3", "Place": "#fff2cc", "Meeting": "#fce5cd",
        "Decision": "#f4cccc", "Commitment": "#d9d2e9", "Update": "#ead1dc", "Plan": "#d0e0e3", "Document": "#eeeeee",
    ]

    public init() {}

    public func export(_ snapshot: GraphSnapshot, includeDocuments: Bool, emit: (String) throws -> Void) throws {
        try emit("digraph docgraph {")
        try emit(#"  graph [rankdir=LR, overlap=false, splines=true, fontname="Helvetica"];"#)
        try emit(#"  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];"#)
        try emit(##"  edge [fontname="Helvetica", fontsize=8, color="#666666"];"##)
        var kept = Set<Int64>()
        for node in snapshot.nodes {
            if !includeDocuments && node.labels.contains(GraphVocabulary.document) { continue }
            kept.insert(node.id)
            let label = node.labels.first ?? "Node"
            let name = Self.shorten(node.displayName, to: 40)
            let colour = Self.colours[label] ?? "white"
            try emit(#"  n\#(node.id) [label="\#(Self.escape(name))\n\#(Self.escape(label))", fillcolor="\#(colour)"];"#)
        }
        for relationship in snapshot.relationships where kept.contains(relationship.from) && kept.contains(relationship.to) {
            if !includeDocuments && relationship.type == GraphVocabulary.mentionedIn { continue }
            try emit(#"  n\#(relationship.from) -> n\#(relationship.to) [label="\#(Self.escape(relationship.type))"];"#)
        }
        try emit("}")
    }

    static func shorten(_ text: String, to length: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > length ? String(flat.prefix(length - 1)) + "…" : flat
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
