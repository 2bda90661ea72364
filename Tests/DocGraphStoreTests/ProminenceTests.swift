import DocGraphKit
@testable import DocGraphStore
import Testing

@Suite struct ProminenceTests {
    /// Ada in three documents, Mary and Charles in two each, Grace in one.
    static func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let people = ["Ada Lovelace", "Ada Lovelace", "Ada Lovelace", "Mary Somerville", "Mary Somerville",
                      "Charles Babbage", "Charles Babbage", "Grace Hopper"]
        for (index, person) in people.enumerated() {
            let text = "Note \(index): \(person) is the Chair of the Analytical Society."
            _ = try store.write(StoreFixtures.graph(text, person: person, name: "note-\(index).txt"), path: "/notes/\(index).txt")
        }
        return store
    }

    @Test func mostDocumentsFirstAndTiesByName() throws {
        let store = try Self.store()
        let top = try store.mostMentioned(labeled: "Person", limit: 3)
        #expect(top.map { $0.node.properties["name"] } == ["Ada Lovelace", "Charles Babbage", "Mary Somerville"])
        #expect(top.map(\.documents) == [3, 2, 2])
        let two = try store.mostMentioned(labeled: "Person", limit: 2)
        #expect(two.map { $0.node.properties["name"] } == ["Ada Lovelace", "Charles Babbage"])
    }

    @Test func aLimitBeyondTheNodesGivesThemAll() throws {
        let store = try Self.store()
        #expect(try store.mostMentioned(labeled: "Person", limit: 10).map(\.documents) == [3, 2, 2, 1])
        #expect(try store.mostMentioned(labeled: "Organisation", limit: 5).map(\.documents) == [8])
        #expect(try store.mostMentioned(labeled: "Place", limit: 5).isEmpty)
        #expect(try store.mostMentioned(labeled: "Person", limit: 0).isEmpty)
    }

    /// Ties at the last place found by walking the name index give what reading the tied nodes'
    /// rows gives.
    @Test func tiesFoundOnTheNameIndexComeInTheSameOrder() throws {
        let store = try Self.store()
        let walked = try store.mostMentioned(labeled: "Person", limit: 3, tiesOrderedFromRows: 0)
        #expect(walked.map { $0.node.properties["name"] } == ["Ada Lovelace", "Charles Babbage", "Mary Somerville"])
        #expect(walked.map(\.documents) == [3, 2, 2])
        #expect(try store.mostMentioned(labeled: "Person", limit: 2, tiesOrderedFromRows: 0).map { $0.node.properties["name"] }
            == ["Ada Lovelace", "Charles Babbage"])
        for limit in 0...5 {
            for label in ["Person", "Organisation", "Document"] {
                let read = try store.mostMentioned(labeled: label, limit: limit)
                let found = try store.mostMentioned(labeled: label, limit: limit, tiesOrderedFromRows: 0)
                #expect(found.map(\.node.id) == read.map(\.node.id))
                #expect(found.map(\.documents) == read.map(\.documents))
            }
        }
    }
}
