import DocGraphKit
@testable import DocGraphStore
import GRDB
import Testing

/// The quotes kept for each node's search text (`node_search_quotes`): brought up to date from
/// the new mentions when a document is added, dropped when a mention goes, and never trusted
/// when they no longer cover the node's earlier mentions.
@Suite struct SearchQuotesTests {
    /// The kept row of the one person: how many mentions it covers, and its quotes.
    static func kept(in store: GraphStore) throws -> (considered: Int, quotes: String)? {
        try store.read { db in
            try Row.fetchOne(db, sql: """
                SELECT considered, quotes FROM node_search_quotes JOIN node ON node.id = node_id WHERE node.key = ?
                """, arguments: [SearchTextTests.person]).map { ($0[0], $0[1]) }
        }
    }

    static func setKept(_ quotes: String, considered: Int, in store: GraphStore) throws {
        try store.database.write { db in
            try db.execute(sql: """
                UPDATE node_search_quotes SET quotes = ?, considered = ?
                WHERE node_id = (SELECT id FROM node WHERE key = ?)
                """, arguments: [quotes, considered, SearchTextTests.person])
        }
    }

    /// A store where the person is named twice as "Ada", then three times as "Countess".
    static func storeNamingThePersonTwice() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        _ = try store.write(SearchTextTests.graph(quote: "Ada", count: 2, name: "first.txt"), path: "/a.txt")
        _ = try store.write(SearchTextTests.graph(quote: "Countess", count: 3, name: "second.txt"), path: "/b.txt")
        return store
    }

    /// A node's first document keeps no row; the second reads its mentions and keeps them.
    @Test func theQuotesAreKeptOnceANodeIsNamedAgain() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(SearchTextTests.graph(quote: "Ada", count: 2, name: "first.txt"), path: "/a.txt")
        #expect(try Self.kept(in: store) == nil)
        _ = try store.write(SearchTextTests.graph(quote: "Countess", count: 3, name: "second.txt"), path: "/b.txt")
        #expect(try Self.kept(in: store)?.considered == 5)
        #expect(try Self.kept(in: store)?.quotes == #"["Ada","Countess"]"#)
        let (stored, fresh) = try SearchTextTests.searchText(in: store)
        #expect(stored == "Ada Lovelace\nAda\nCountess")
        #expect(stored == fresh)
    }

    /// The kept quotes are changed by hand: the next document adds to them instead of reading
    /// the mentions, which shows they are what the search text is made from.
    @Test func aNewDocumentAddsItsQuotesToTheKeptOnes() throws {
        let store = try Self.storeNamingThePersonTwice()
        try Self.setKept(#"["Kept"]"#, considered: 5, in: store)
        _ = try store.write(SearchTextTests.graph(quotes: ["Lady", "Kept", "Ada"], name: "third.txt"), path: "/c.txt")
        #expect(try Self.kept(in: store)?.considered == 8)
        #expect(try Self.kept(in: store)?.quotes == #"["Kept","Lady","Ada"]"#)
        #expect(try SearchTextTests.searchText(in: store).stored == "Ada Lovelace\nKept\nLady\nAda")
    }

    /// Kept quotes that cover fewer mentions than the node had are read again from the mentions.
    @Test func keptQuotesThatNoLongerCoverTheEarlierMentionsAreNotTrusted() throws {
        let store = try Self.storeNamingThePersonTwice()
        try Self.setKept(#"["Kept"]"#, considered: 4, in: store)
        _ = try store.write(SearchTextTests.graph(quote: "Lady", count: 1, name: "third.txt"), path: "/c.txt")
        #expect(try Self.kept(in: store)?.considered == 6)
        let (stored, fresh) = try SearchTextTests.searchText(in: store)
        #expect(stored == "Ada Lovelace\nAda\nCountess\nLady")
        #expect(stored == fresh)
    }

    /// Only the quotes of the mentions read count: past them, new quotes do not come in.
    @Test func quotesPastTheMentionsReadAreNotKept() throws {
        let store = try GraphStore.inMemory()
        let almost = GraphWriteSession.searchedMentions - 2
        _ = try store.write(SearchTextTests.graph(quote: "Ada", count: almost, name: "first.txt"), path: "/a.txt")
        _ = try store.write(SearchTextTests.graph(quote: "Countess", count: 1, name: "second.txt"), path: "/b.txt")
        _ = try store.write(SearchTextTests.graph(quotes: ["Ada", "Lady", "Baroness"], name: "third.txt"), path: "/c.txt")
        #expect(try Self.kept(in: store)?.considered == GraphWriteSession.searchedMentions)
        let (stored, fresh) = try SearchTextTests.searchText(in: store)
        #expect(stored == "Ada Lovelace\nAda\nCountess")
        #expect(stored == fresh)
    }

    /// Removing a document deletes its mentions, and with them the node's kept row; the search
    /// text is made again from the mentions left.
    @Test func aRemovedDocumentDropsTheKeptQuotesOfItsNodes() throws {
        let store = try Self.storeNamingThePersonTwice()
        try store.removeDocument(at: "/a.txt")
        #expect(try Self.kept(in: store)?.considered == 3)
        #expect(try Self.kept(in: store)?.quotes == #"["Countess"]"#)
        try store.database.write { db in try db.execute(sql: "DELETE FROM mention") }
        #expect(try Self.kept(in: store) == nil)
    }
}
