import DocGraphKit
import DocGraphStore
import Foundation

/// A small graph with every kind of node the exports treat specially.
enum ExportFixtures {
    static let text = "Councillor Ada Lovelace, Chair of the Analytical Society, met Grace Hopper at Bletchley on 3 March 2017; she said \"it's done\"."

    static func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        var graph = StoreFixtures.graph(text)
        let document = graph.document
        let offsets = UnicodeScalarOffsets(text)
        func evidence(_ words: String) -> Evidence {
            let range = text.range(of: words) ?? text.startIndex..<text.startIndex
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            return Evidence(document: document.id, range: TextRange(start: start, end: start + words.utf8.count), in: text,
                            offsets: offsets, extractor: "test.v1")
        }
        graph.nodes[0].properties["titles"] = ["Councillor"]
        graph.nodes[0].properties["aliases"] = ["Ada"]
        graph.nodes[1].properties["kind"] = "association"
        graph.nodes += [
            GraphNode(localID: "grace", labels: ["Person"], properties: ["name": "Grace Hopper"], key: "Person|grace hopper",
                      mentions: [evidence("Grace Hopper")]),
            GraphNode(localID: "meeting", labels: ["Meeting"],
                      properties: ["title": "Meeting with Grace Hopper", "date": "2017-03-03", "status": "held", "kind": "meeting"],
                      key: "Meeting|x|meeting", mentions: [evidence("met Grace Hopper")]),
            GraphNode(localID: "place", labels: ["Place"], properties: ["name": "Bletchley"], key: "Place|bletchley",
                      mentions: [evidence("Bletchley")]),
        ]
        graph.relationships += [
            GraphRelationship(type: "ATTENDED", from: .local(graph.nodes[0].localID), to: .local("meeting"),
                              properties: ["role": "attendee"], evidence: evidence(text)),
            GraphRelationship(type: "ATTENDED", from: .local("grace"), to: .local("meeting"), properties: ["role": "attendee"],
                              evidence: evidence(text)),
            GraphRelationship(type: "HELD_AT", from: .local("meeting"), to: .local("place"), evidence: evidence(text)),
        ]
        _ = try store.write(graph, path: "/docs/note.txt")
        return store
    }

    static func lines(_ body: ((String) throws -> Void) throws -> Void) rethrows -> [String] {
        var lines: [String] = []
        try body { lines.append($0) }
        return lines
    }
}
