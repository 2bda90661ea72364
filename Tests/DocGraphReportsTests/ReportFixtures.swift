import DocGraphKit
import DocGraphStore
import Foundation

/// A small store for the report tests: two issues of an invented newsletter, three commitments
/// (one fulfilled later, one overdue, one open) and a follow-up written as the linker would.
enum ReportFixtures {
    static let march = """
        Jane Example writes: I will open a youth centre in Northtown under my Northshire Plan. \
        The footbridge at Eastford is expected to be completed by June. I will review the bus routes in 2018.
        """
    static let september = "The youth centre in Northtown was opened by the Mayor, with a \"community\" day."

    static func document(_ text: String, name: String, date: String) -> Document {
        Document(
            id: SHA256.hexDigest(of: Data(text.utf8)), name: name, source: "/issues/\(name)", format: "text",
            date: PartialDate(iso: date), kind: .newsletter, text: text)
    }

    static func evidence(_ words: String, in document: Document) -> Evidence {
        let start = document.text.utf8.count - (document.text.range(of: words).map { document.text[$0.lowerBound...].utf8.count } ?? 0)
        return Evidence(
            document: document.id, range: TextRange(start: start, end: start + words.utf8.count), in: document.text,
            offsets: UnicodeScalarOffsets(document.text), extractor: "test.v1")
    }

    static func commitment(_ id: String, _ words: String, due: String?, in document: Document) -> GraphNode {
        var properties: Properties = ["text": .string(words), "kind": "promise", "date": "2017-03"]
        if let due { properties["due"] = .string(due) }
        return GraphNode(
            localID: id, labels: [GraphVocabulary.commitment], properties: properties, key: "Commitment|\(id)",
            mentions: [evidence(words, in: document)])
    }

    static func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let first = document(march, name: "march.txt", date: "2017-03")
        let person = GraphNode(
            localID: "jane", labels: [GraphVocabulary.person], properties: ["name": "Jane Example", "aliases": ["Jane"]],
            key: "Person|jane example", mentions: [evidence("Jane Example", in: first)])
        let plan = GraphNode(
            localID: "plan", labels: [GraphVocabulary.plan], properties: ["name": "Northshire Plan"], key: "Plan|northshire plan",
            mentions: [evidence("Northshire Plan", in: first)])
        let centre = commitment("centre", "I will open a youth centre in Northtown", due: nil, in: first)
        let bridge = commitment("bridge", "The footbridge at Eastford is expected to be completed by June", due: "2017-06", in: first)
        let buses = commitment("buses", "I will review the bus routes in 2018", due: "2018", in: first)
        let said = evidence("I will open a youth centre in Northtown under my Northshire Plan.", in: first)
        _ = try store.write(DocumentGraph(
            document: first, nodes: [person, plan, centre, bridge, buses],
            relationships: [
                GraphRelationship(type: GraphVocabulary.made, from: .local("jane"), to: .local("centre"), evidence: said),
                GraphRelationship(type: GraphVocabulary.made, from: .local("jane"), to: .local("bridge"), evidence: said),
                GraphRelationship(type: GraphVocabulary.partOf, from: .local("centre"), to: .local("plan"), evidence: said),
            ]), path: first.source)
        let second = document(september, name: "september.txt", date: "2017-09")
        _ = try store.write(DocumentGraph(document: second), path: second.source)
        let centreID = try require(try store.nodes(labeled: GraphVocabulary.commitment).first { $0.displayName.contains("youth") }?.id)
        let report = evidence(september, in: second)
        try store.replaceLinkResult(LinkResult(
            nodes: [GraphNode(
                localID: "u", labels: [GraphVocabulary.update],
                properties: ["text": .string(september), "relation": "fulfilled", "date": "2017-09"], mentions: [report])],
            relationships: [GraphRelationship(
                type: GraphVocabulary.followsUp, from: .local("u"), to: .stored(centreID),
                properties: ["relation": "fulfilled", "score": 0.5, "matched": ["words: youth, centre", "cue: opened (fulfilled)"]],
                evidence: report)]), linker: "follow-ups.v1")
        return store
    }
}

/// A missing value where the fixture needs one.
struct FixtureError: Error {}

func require<T>(_ value: T?) throws -> T {
    guard let value else { throw FixtureError() }
    return value
}
