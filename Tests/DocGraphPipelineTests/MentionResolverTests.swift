import DocGraphKit
import DocGraphPipeline
import Foundation
import Testing

@Suite struct MentionResolverTests {
    let text = "Ada Lovelace met the Society. Later Ada Lovelace and LOVELACE spoke. The Society met again."

    func mention(_ id: String, _ label: String, _ words: String, occurrence: Int = 0, key: String? = nil,
                 properties: Properties = [:]) -> Mention {
        var start = text.startIndex
        var found = text.range(of: words)
        for _ in 0..<occurrence {
            start = found.map(\.upperBound) ?? text.endIndex
            found = text.range(of: words, range: start..<text.endIndex)
        }
        let range = found ?? text.startIndex..<text.startIndex
        let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let upper = text.utf8.distance(from: text.startIndex, to: range.upperBound)
        return Mention(id: id, label: label, range: TextRange(start: lower, end: upper), text: words, properties: properties,
                       key: key, extractor: "test.v1")
    }

    @Test func variantsOfOneNameBecomeOneNodeWithAliases() {
        let document = Document(id: "abc", name: "n.txt", source: "/n.txt", format: "text", text: text)
        let annotations = Annotations(mentions: [
            mention("m1", "Person", "Ada Lovelace"),
            mention("m2", "Person", "Ada Lovelace", occurrence: 1),
            mention("m3", "Person", "LOVELACE", properties: ["name": "Ada Lovelace"]),
            mention("m4", "TITLE", "Society"),
        ])
        let graph = MentionResolver().graph(for: document, annotations: annotations, path: "/n.txt")
        #expect(graph.nodes.count == 1)
        let node = graph.nodes[0]
        #expect(node.key == "Person|ada lovelace")
        #expect(node.mentions.count == 3)
        #expect(node.properties["aliases"] == .list(["LOVELACE"]))
    }

    @Test func eventsAreOneNodeEachWithStableKeys() {
        let document = Document(id: "abc", name: "n.txt", source: "/n.txt", format: "text", text: text)
        let annotations = Annotations(
            mentions: [
                mention("p", "Person", "Ada Lovelace"),
                mention("e1", "Meeting", "the Society", properties: ["title": "Society meeting"]),
                mention("e2", "Meeting", "The Society met again", properties: ["title": "Society meeting"]),
            ],
            facts: [Fact(type: "ATTENDED", from: "p", to: "e1", evidence: TextRange(start: 0, end: 29), extractor: "test.v1")])
        let graph = MentionResolver().graph(for: document, annotations: annotations, path: "/n.txt")
        let keys = graph.nodes.map { $0.key ?? "" }
        #expect(keys == ["Person|ada lovelace", "Meeting|/n.txt|society meeting", "Meeting|/n.txt|society meeting#2"])
        #expect(graph.relationships.count == 1)
        #expect(graph.relationships.first?.evidence?.quote == "Ada Lovelace met the Society.")
    }

    @Test func factsBetweenUnknownMentionsAreDropped() {
        let document = Document(id: "abc", name: "n.txt", source: "/n.txt", format: "text", text: text)
        let annotations = Annotations(
            mentions: [mention("p", "Person", "Ada Lovelace")],
            facts: [Fact(type: "ATTENDED", from: "p", to: "missing", evidence: TextRange(start: 0, end: 5), extractor: "t")])
        #expect(MentionResolver().graph(for: document, annotations: annotations, path: "/n.txt").relationships.isEmpty)
    }
}
