import DocGraphKit
import DocGraphStore
import Foundation
import Testing

@Suite struct DocumentWritingTests {
    let text = "Ada Lovelace is the Chair of the Analytical Society."

    @Test func writesNodesMentionsAndRelationships() throws {
        let store = try GraphStore.inMemory()
        let outcome = try store.write(StoreFixtures.graph(text), path: "/docs/a.txt")
        #expect(outcome == .added)
        let statistics = try store.statistics()
        #expect(statistics.documents == 1)
        #expect(statistics.nodesByLabel == ["Document": 1, "Person": 1, "Organisation": 1])
        #expect(statistics.relationshipsByType == ["HOLDS_ROLE": 1, "MENTIONED_IN": 2])
        let person = try #require(try store.nodes(labeled: "Person").first)
        #expect(person.properties["name"] == "Ada Lovelace")
        let mentions = try store.mentions(ofNode: person.id)
        #expect(mentions.map(\.quote) == ["Ada Lovelace"])
        #expect(mentions.first?.start == 0)
    }

    /// A store holding ``text`` as a.txt and a second document, b.txt, naming `person` and `organisation`.
    func storeWithTwoDocuments(_ second: String, person: String, organisation: String) throws -> GraphStore {
        let store = try GraphStore.inMemory()
        _ = try store.write(StoreFixtures.graph(text), path: "/docs/a.txt")
        _ = try store.write(
            StoreFixtures.graph(second, person: person, organisation: organisation, name: "b.txt"), path: "/docs/b.txt")
        return store
    }

    @Test func relationshipEndsAreTheStartAndEndOfEachRelationshipOfTheType() throws {
        let store = try storeWithTwoDocuments(
            "Grace Hopper is the Chair of the Navy Board.", person: "Grace Hopper", organisation: "Navy Board")
        let roles = try store.relationships(ofType: "HOLDS_ROLE")
        #expect(roles.count == 2)
        #expect(Set(try store.relationshipEnds(ofType: "HOLDS_ROLE")) == Set(roles.map { RelationshipEnds(from: $0.from, to: $0.to) }))
        #expect(try store.relationshipEnds(ofType: "KNOWS").isEmpty)
    }

    @Test func mentionsOfALabelAreEachNodesMentionsInOneRead() throws {
        let store = try storeWithTwoDocuments("Grace Hopper met Ada Lovelace.", person: "Grace Hopper", organisation: "Ada Lovelace")
        _ = try store.write(
            StoreFixtures.graph("Ada Lovelace wrote to the Royal Society.", organisation: "Royal Society", name: "c.txt"),
            path: "/docs/c.txt")
        let people = try store.nodes(labeled: "Person")
        #expect(people.count == 2)
        let bulk = try store.mentions(ofNodesLabeled: "Person")
        for person in people {
            #expect(bulk[person.id] == (try store.mentions(ofNode: person.id)))
        }
        let ada = try #require(people.first { $0.properties["name"] == "Ada Lovelace" })
        #expect(bulk[ada.id]?.map(\.quote) == ["Ada Lovelace", "Ada Lovelace"])
        #expect(Set(bulk.keys) == Set(people.map(\.id)))
        #expect(try store.mentions(ofNodesLabeled: "Meeting").isEmpty)
        // The same mentions without their quotes: nodes in id order, each node's mentions of
        // one document together and in offset order.
        let spans = try store.mentionSpans(ofNodesLabeled: "Person")
        #expect(spans.map(\.node) == spans.map(\.node).sorted())
        let expected = people.flatMap { person in
            (bulk[person.id] ?? []).map { MentionSpan(document: $0.document, start: $0.start, end: $0.end, node: person.id) }
        }
        #expect(expected.count == 3)
        #expect(Dictionary(grouping: spans) { "\($0.node) \($0.document)" } == Dictionary(grouping: expected) { "\($0.node) \($0.document)" })
        #expect(try store.mentionSpans(ofNodesLabeled: "Meeting").isEmpty)
    }

    @Test func stateTellsUnchangedChangedAndDuplicate() throws {
        let store = try GraphStore.inMemory()
        let graph = StoreFixtures.graph(text)
        #expect(try store.state(ofDocumentAt: "/docs/a.txt", sha256: graph.document.id) == .new)
        _ = try store.write(graph, path: "/docs/a.txt")
        #expect(try store.state(ofDocumentAt: "/docs/a.txt", sha256: graph.document.id) == .unchanged)
        #expect(try store.state(ofDocumentAt: "/docs/a.txt", sha256: "other") == .changed)
        #expect(try store.state(ofDocumentAt: "/docs/b.txt", sha256: graph.document.id) == .duplicate(of: "/docs/a.txt"))
    }

    @Test func replacingADocumentReplacesExactlyItsOwnFacts() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(StoreFixtures.graph(text), path: "/docs/a.txt")
        _ = try store.write(
            StoreFixtures.graph("Grace Hopper leads the Analytical Society.", person: "Grace Hopper", name: "b.txt"),
            path: "/docs/b.txt")
        let changed = "Charles Babbage is the Chair of the Analytical Society."
        let outcome = try store.write(StoreFixtures.graph(changed, person: "Charles Babbage"), path: "/docs/a.txt")
        #expect(outcome == .replaced)
        let people = try store.nodes(labeled: "Person").map(\.displayName).sorted()
        #expect(people == ["Charles Babbage", "Grace Hopper"])
        // The organisation both documents name is one node, still there.
        #expect(try store.nodes(labeled: "Organisation").count == 1)
        let statistics = try store.statistics()
        #expect(statistics.documents == 2)
        #expect(statistics.relationshipsByType == ["HOLDS_ROLE": 2, "MENTIONED_IN": 4])
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func writingTheSameGraphTwiceLeavesTheSameCounts() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(StoreFixtures.graph(text), path: "/docs/a.txt")
        let before = try store.statistics()
        _ = try store.write(StoreFixtures.graph(text), path: "/docs/a.txt")
        #expect(try store.statistics() == before)
    }

    @Test func removingADocumentDropsNodesNoOtherDocumentSupports() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(StoreFixtures.graph(text), path: "/docs/a.txt")
        #expect(try store.removeDocument(at: "/docs/a.txt"))
        let statistics = try store.statistics()
        #expect(statistics.nodes == 0)
        #expect(statistics.relationships == 0)
        #expect(try store.removeDocument(at: "/docs/a.txt") == false)
    }

    @Test func aNodeNamedTwiceInOneDocumentKeepsOneSourceFromIt() throws {
        // Two of a document's nodes resolved to one key: the second source replaces the first.
        let store = try GraphStore.inMemory()
        var graph = StoreFixtures.graph(text)
        var again = graph.nodes[0]
        again.localID = "second"
        again.properties["title"] = "Chair"
        graph.nodes.append(again)
        _ = try store.write(graph, path: "/docs/a.txt")
        let person = try #require(try store.nodes(labeled: "Person").first)
        #expect(person.properties == ["name": "Ada Lovelace", "title": "Chair"])
        #expect(try store.mentions(ofNode: person.id).map(\.quote) == ["Ada Lovelace", "Ada Lovelace"])
        // A second document adds a source; removing it leaves what the first said.
        _ = try store.write(StoreFixtures.graph("Ada Lovelace wrote to the Analytical Society.", name: "b.txt"), path: "/docs/b.txt")
        #expect(try store.removeDocument(at: "/docs/b.txt"))
        let after = try #require(try store.nodes(labeled: "Person").first)
        #expect(after.properties == ["name": "Ada Lovelace", "title": "Chair"])
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func propertiesMergeAcrossDocumentsWhateverTheOrder() throws {
        func build(_ order: [Int]) throws -> Properties {
            let store = try GraphStore.inMemory()
            let variants = ["Philip Smith", "Philip Smith", "Philip Smyth"]
            for index in order {
                let text = "Chair: \(variants[index]) spoke (\(index))."
                var graph = StoreFixtures.graph(text, person: variants[index], name: "d\(index).txt")
                graph.nodes[0].key = "Person|philip smith"
                graph.nodes[0].localID = "Person|philip smith"
                graph.nodes[0].properties["aliases"] = .list([.string(variants[index])])
                graph.relationships[0].from = .local("Person|philip smith")
                _ = try store.write(graph, path: "/docs/d\(index).txt")
            }
            return try #require(try store.nodes(labeled: "Person").first).properties
        }
        let forward = try build([0, 1, 2])
        let backward = try build([2, 1, 0])
        #expect(forward == backward)
        #expect(forward["name"] == "Philip Smith")
        #expect(forward["aliases"] == .list(["Philip Smith", "Philip Smyth"]))
    }
}

@Suite struct ConcurrentWritingTests {
    @Test func theStoreRefusesToAddTheSameContentTwice() throws {
        let store = try GraphStore.inMemory()
        let graph = StoreFixtures.graph("Ada Lovelace is the Chair of the Analytical Society.")
        #expect(try store.write(graph, path: "/docs/a.txt") == .added)
        #expect(try store.write(graph, path: "/docs/a.txt") == .unchanged)
        #expect(try store.write(graph, path: "/docs/b.txt") == .duplicate(of: "/docs/a.txt"))
        #expect(try store.statistics().documents == 1)
    }
}
