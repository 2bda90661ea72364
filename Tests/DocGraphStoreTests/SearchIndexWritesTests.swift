import DocGraphKit
@testable import DocGraphStore
import Foundation
import GRDB
import Testing

/// The full-text indexes are written when a transaction ends (``SearchIndexWrites``): each
/// batch adds one segment to each, and what the indexes hold is what writing them row by row
/// would give, whatever the batch did.
@Suite struct SearchIndexWritesTests {
    static let ada = StoreFixtures.graph("Ada Lovelace is the Chair of the Analytical Society.", name: "a.txt")
    static let grace = StoreFixtures.graph(
        "Grace Hopper is the Chair of the Navy Board.", person: "Grace Hopper", organisation: "Navy Board", name: "b.txt")
    static let alan = StoreFixtures.graph(
        "Alan Turing is the Chair of the Ratio Club.", person: "Alan Turing", organisation: "Ratio Club", name: "c.txt")
    static let edsger = StoreFixtures.graph(
        "Edsger Dijkstra is the Chair of the Structured Group.", person: "Edsger Dijkstra", organisation: "Structured Group",
        name: "d.txt")
    static let barbara = StoreFixtures.graph(
        "Barbara Liskov is the Chair of the Substitution Circle.", person: "Barbara Liskov", organisation: "Substitution Circle",
        name: "e.txt")

    /// The paths of the documents whose text matches a full-text query.
    static func documents(matching query: String, in store: GraphStore) throws -> [String] {
        try store.read { db in
            try String.fetchAll(db, sql: """
                SELECT path FROM document WHERE id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?) ORDER BY path
                """, arguments: [query])
        }
    }

    /// The names of the nodes whose search text matches a full-text query.
    static func nodes(matching query: String, in store: GraphStore) throws -> [String] {
        try store.read { db in
            try String.fetchAll(db, sql: """
                SELECT json_extract(properties, '$.name') FROM node
                WHERE id IN (SELECT rowid FROM node_fts WHERE node_fts MATCH ?) ORDER BY 1
                """, arguments: [query])
        }
    }

    /// How many segments each index has.
    static func segments(in store: GraphStore) throws -> (nodes: Int, documents: Int) {
        try store.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM node_fts_idx") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM document_fts_idx") ?? 0)
        }
    }

    /// Both indexes agree with the rows they index; SQLite's check throws when they do not.
    static func checkIntegrity(of store: GraphStore) throws {
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO node_fts (node_fts, rank) VALUES ('integrity-check', 1)")
            try db.execute(sql: "INSERT INTO document_fts (document_fts, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func aBatchAddsOneSegmentToEachIndex() throws {
        let store = try GraphStore.inMemory()
        try store.writeBatch { batch in
            for (number, graph) in [Self.ada, Self.grace, Self.alan, Self.edsger, Self.barbara].enumerated() {
                _ = try batch.write(graph, path: "/docs/\(number).txt")
            }
        }
        #expect(try Self.segments(in: store) == (1, 1))
        #expect(try Self.documents(matching: "Chair", in: store) == (0..<5).map { "/docs/\($0).txt" })
        #expect(try Self.nodes(matching: "Chair", in: store) == [])
        #expect(try Self.nodes(matching: "Navy", in: store) == ["Navy Board"])
        try Self.checkIntegrity(of: store)
    }

    /// The second document of a batch names the person the first one did: the search text it
    /// makes starts from the one the first left, which is not in the index yet.
    @Test func aBatchReadsTheSearchTextItHasNotWrittenYet() throws {
        let store = try GraphStore.inMemory()
        try store.writeBatch { batch in
            _ = try batch.write(SearchTextTests.graph(quote: "Ada", count: 2, name: "first.txt"), path: "/a.txt")
            _ = try batch.write(SearchTextTests.graph(quote: "Countess", count: 1, name: "second.txt"), path: "/b.txt")
        }
        let (stored, fresh) = try SearchTextTests.searchText(in: store)
        #expect(stored == "Ada Lovelace\nAda\nCountess")
        #expect(stored == fresh)
        #expect(try Self.nodes(matching: "Countess", in: store) == ["Ada Lovelace"])
        try Self.checkIntegrity(of: store)
    }

    /// A path written twice in one batch: the first version, not yet indexed, is indexed before
    /// its row goes, so the index loses it whole.
    @Test func aDocumentReplacedInItsOwnBatchLeavesTheIndexWhole() throws {
        let store = try GraphStore.inMemory()
        let outcomes = try store.writeBatch { batch in
            [try batch.write(Self.ada, path: "/docs/a.txt"), try batch.write(Self.grace, path: "/docs/a.txt")]
        }
        #expect(outcomes == [.added, .replaced])
        #expect(try Self.documents(matching: "Analytical", in: store) == [])
        #expect(try Self.documents(matching: "Navy", in: store) == ["/docs/a.txt"])
        #expect(try Self.nodes(matching: "Lovelace", in: store) == [])
        #expect(try Self.nodes(matching: "Hopper", in: store) == ["Grace Hopper"])
        try Self.checkIntegrity(of: store)
    }

    @Test func aRemovedDocumentLeavesBothIndexes() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(Self.ada, path: "/docs/a.txt")
        _ = try store.write(Self.grace, path: "/docs/b.txt")
        #expect(try store.removeDocument(at: "/docs/a.txt"))
        #expect(try Self.documents(matching: "Chair", in: store) == ["/docs/b.txt"])
        #expect(try Self.nodes(matching: "Lovelace OR Analytical OR Hopper", in: store) == ["Grace Hopper"])
        try Self.checkIntegrity(of: store)
    }

    struct Refused: Error {}

    @Test func aBatchUndoneLeavesTheIndexesAsTheyWere() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(Self.ada, path: "/docs/a.txt")
        #expect(throws: Refused.self) {
            try store.writeBatch { batch in
                _ = try batch.write(Self.grace, path: "/docs/b.txt")
                throw Refused()
            }
        }
        _ = try store.write(Self.alan, path: "/docs/c.txt")
        #expect(try Self.documents(matching: "Chair", in: store) == ["/docs/a.txt", "/docs/c.txt"])
        #expect(try Self.nodes(matching: "Hopper OR Navy", in: store) == [])
        try Self.checkIntegrity(of: store)
    }
}
