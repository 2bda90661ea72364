@testable import DocGraphStore
import DocGraphKit
import GRDB
import Testing

/// Several documents in one transaction, with reads that see what the batch wrote.
@Suite struct DocumentBatchTests {
    let ada = StoreFixtures.graph("Ada Lovelace is the Chair of the Analytical Society.", name: "a.txt")
    let grace = StoreFixtures.graph(
        "Grace Hopper is the Chair of the Navy Board.", person: "Grace Hopper", organisation: "Navy Board", name: "b.txt")
    let alan = StoreFixtures.graph(
        "Alan Turing is the Chair of the Ratio Club.", person: "Alan Turing", organisation: "Ratio Club", name: "c.txt")

    struct Refused: Error {}

    @Test func eachDocumentOfABatchIsWritten() throws {
        let store = try GraphStore.inMemory()
        let outcomes = try store.writeBatch { batch in
            [try batch.write(ada, path: "/docs/a.txt"), try batch.write(grace, path: "/docs/b.txt")]
        }
        #expect(outcomes == [.added, .added])
        #expect(try store.nodes(labeled: "Person").map(\.displayName) == ["Ada Lovelace", "Grace Hopper"])
        #expect(try store.statistics().relationshipsByType == ["HOLDS_ROLE": 2, "MENTIONED_IN": 4])
    }

    /// The store refuses the second document half way through its writing (a trigger on its
    /// organisation's mention); the work rethrows, and nothing of the batch is kept: not the
    /// first document, nor the part of the second written before the refusal.
    @Test func aDocumentRefusedHalfWayIsUndoneWithItsBatch() throws {
        let store = try GraphStore.inMemory()
        try store.database.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_navy_board BEFORE INSERT ON mention WHEN NEW.quote = 'Navy Board'
                BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                """)
        }
        _ = try store.write(alan, path: "/docs/c.txt")
        #expect(throws: StoreError.database(message: "refused by the test")) {
            try store.writeBatch { batch in
                _ = try batch.write(ada, path: "/docs/a.txt")
                _ = try batch.write(grace, path: "/docs/b.txt")
            }
        }
        #expect(try store.documents().map(\.name) == ["c.txt"])
        #expect(try store.nodes(labeled: "Person").map(\.displayName) == ["Alan Turing"])
        #expect(try store.nodes(labeled: "Organisation").map(\.displayName) == ["Ratio Club"])
        #expect(try store.statistics().relationshipsByType == ["HOLDS_ROLE": 1, "MENTIONED_IN": 2])
    }

    @Test func aBatchThatThrowsKeepsNothing() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(ada, path: "/docs/a.txt")
        #expect(throws: Refused.self) {
            try store.writeBatch { batch in
                _ = try batch.write(grace, path: "/docs/b.txt")
                throw Refused()
            }
        }
        #expect(try store.documents().map(\.name) == ["a.txt"])
        #expect(try store.nodes(labeled: "Person").map(\.displayName) == ["Ada Lovelace"])
        #expect(try store.statistics().relationshipsByType == ["HOLDS_ROLE": 1, "MENTIONED_IN": 2])
    }

    /// What resolution reads between two documents of a batch: the first one's people, their
    /// roles and every role's ends, before anything is committed.
    @Test func readsInABatchSeeWhatItWroteBefore() throws {
        let store = try GraphStore.inMemory()
        try store.writeBatch { batch in
            _ = try batch.write(ada, path: "/docs/a.txt")
            let people = try batch.nodes(labeled: "Person")
            #expect(people.map(\.displayName) == ["Ada Lovelace"])
            let keyed = try batch.nodes(labeled: "Person", keys: [people[0].key ?? "", "Person|nobody"])
            #expect(keyed.map(\.id) == people.map(\.id))
            #expect(try batch.nodes(labeled: "Organisation", keys: [people[0].key ?? ""]).isEmpty)
            let organisations = try batch.nodes(labeled: "Organisation")
            let roles = try batch.relationshipEnds(ofType: "HOLDS_ROLE", from: people.map(\.id))
            #expect(roles == [RelationshipEnds(from: people[0].id, to: organisations[0].id)])
            #expect(try batch.relationshipEnds(ofType: "HOLDS_ROLE", from: organisations.map(\.id)).isEmpty)
            #expect(try batch.relationshipEnds(ofType: "HOLDS_ROLE") == roles)
        }
    }
}
