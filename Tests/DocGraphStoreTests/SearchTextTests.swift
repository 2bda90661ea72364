import DocGraphKit
@testable import DocGraphStore
import Foundation
import GRDB
import Testing

/// A node's search text is its string properties and the distinct quotes of its earliest
/// mentions; however documents come and go, it stays what a fresh computation gives.
@Suite struct SearchTextTests {
    static let person = NameKey.key(label: "Person", name: "Ada Lovelace")

    /// A document naming the same person `count` times, as `quote` each time.
    static func graph(quote: String, count: Int, name: String) -> DocumentGraph {
        let text = Array(repeating: quote + " spoke.", count: count).joined(separator: " ") + " (\(name))"
        let document = StoreFixtures.document(text, name: name)
        let offsets = UnicodeScalarOffsets(text)
        let step = quote.utf8.count + " spoke. ".utf8.count
        let mentions = (0..<count).map { index in
            Evidence(document: document.id, range: TextRange(start: index * step, end: index * step + quote.utf8.count),
                     in: text, offsets: offsets, extractor: "test.v1")
        }
        return DocumentGraph(
            document: document,
            nodes: [GraphNode(localID: person, labels: ["Person"], properties: ["name": "Ada Lovelace"], key: person,
                              mentions: mentions)],
            relationships: [])
    }

    /// The stored search text, and the text the definition gives from the mentions as they are.
    static func searchText(in store: GraphStore) throws -> (stored: String?, fresh: String) {
        try store.read { db in
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM node WHERE key = ?", arguments: [person]) ?? -1
            let stored = try String.fetchOne(db, sql: "SELECT text FROM node_fts WHERE rowid = ?", arguments: [id])
            let quotes = try String.fetchAll(db, sql: """
                SELECT DISTINCT quote FROM (SELECT quote FROM mention WHERE node_id = ? ORDER BY id LIMIT \(GraphWriteSession.searchedMentions))
                LIMIT \(GraphWriteSession.searchedQuotes)
                """, arguments: [id])
            return (stored, (["Ada Lovelace"] + quotes).joined(separator: "\n"))
        }
    }

    /// A document naming the person once for each quote, in order.
    static func graph(quotes: [String], name: String) -> DocumentGraph {
        let text = quotes.map { $0 + " spoke." }.joined(separator: " ")
        let document = StoreFixtures.document(text, name: name)
        let offsets = UnicodeScalarOffsets(text)
        var start = 0
        var mentions: [Evidence] = []
        for quote in quotes {
            mentions.append(Evidence(document: document.id, range: TextRange(start: start, end: start + quote.utf8.count),
                                     in: text, offsets: offsets, extractor: "test.v1"))
            start += quote.utf8.count + " spoke. ".utf8.count
        }
        return DocumentGraph(
            document: document,
            nodes: [GraphNode(localID: person, labels: ["Person"], properties: ["name": "Ada Lovelace"], key: person,
                              mentions: mentions)],
            relationships: [])
    }

    @Test func aNewNodeTakesTheFirstDistinctQuotesOfItsEarliestMentions() throws {
        // More mentions than are read, repeating quotes, with more distinct quotes than are kept;
        // the quotes past the mentions read must not count.
        let cycle = (0..<(GraphWriteSession.searchedQuotes + 5)).map { "Ada \($0)" }
        let repeated = (0..<GraphWriteSession.searchedMentions).map { cycle[($0 * 7) % 3] }
        let quotes = ["Ada 2"] + repeated + cycle
        let store = try GraphStore.inMemory()
        _ = try store.write(Self.graph(quotes: quotes, name: "first.txt"), path: "/a.txt")
        let (stored, fresh) = try Self.searchText(in: store)
        #expect(stored == "Ada Lovelace\nAda 2\nAda 0\nAda 1")
        #expect(stored == fresh)
    }

    @Test func searchQuotesAreTheDistinctOnesOfTheFirstMentionsInOrder() {
        #expect(GraphWriteSession.searchQuotes(["b", "a", "b", "c", "a"]) == ["b", "a", "c"])
        let many = (0..<(GraphWriteSession.searchedQuotes * 2)).map { "q\($0)" }
        #expect(GraphWriteSession.searchQuotes(many) == Array(many.prefix(GraphWriteSession.searchedQuotes)))
        let late = Array(repeating: "early", count: GraphWriteSession.searchedMentions) + ["late"]
        #expect(GraphWriteSession.searchQuotes(late) == ["early"])
    }

    @Test func aReplacedDocumentLeavesNoSearchTextOfNodesThatWent() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(StoreFixtures.graph("Ada Lovelace is the Chair of the Analytical Society."), path: "/a.txt")
        let replaced = StoreFixtures.graph("Grace Hopper is the Chair of the Analytical Society.", person: "Grace Hopper")
        #expect(try store.write(replaced, path: "/a.txt") == .replaced)
        let orphans = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM node_fts WHERE rowid NOT IN (SELECT id FROM node)")
        }
        #expect(orphans == 0)
        #expect(try store.nodes(labeled: "Person").map(\.displayName) == ["Grace Hopper"])
    }

    @Test func aNewNodeReplacesSearchTextLeftUnderItsID() throws {
        // As a store written by an earlier version can hold: search text of a deleted node
        // whose id the next node takes.
        let store = try GraphStore.inMemory()
        let next = try store.write { db -> Int64 in
            let next = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM node") ?? 0) + 1
            try db.execute(sql: "INSERT INTO node_fts (rowid, text) VALUES (?, 'left behind')", arguments: [next])
            return next
        }
        #expect(try store.write(StoreFixtures.graph("Ada Lovelace is the Chair of the Analytical Society."), path: "/a.txt") == .added)
        let texts = try store.read { db in try String.fetchAll(db, sql: "SELECT text FROM node_fts ORDER BY rowid") }
        #expect(texts.count == 3)
        #expect(!texts.contains("left behind"))
        let first = try store.read { db in try String.fetchOne(db, sql: "SELECT text FROM node_fts WHERE rowid = ?", arguments: [next]) }
        #expect(first?.contains("note.txt") == true)
    }

    @Test func aPopularNodeKeepsTheQuotesOfItsEarliestMentions() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(Self.graph(quote: "Ada", count: GraphWriteSession.searchedMentions, name: "first.txt"), path: "/a.txt")
        _ = try store.write(Self.graph(quote: "Countess", count: 3, name: "second.txt"), path: "/b.txt")
        let (stored, fresh) = try Self.searchText(in: store)
        #expect(stored == "Ada Lovelace\nAda")
        #expect(stored == fresh)
    }

    @Test func aNodeWithFewMentionsTakesTheNewQuotes() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(Self.graph(quote: "Ada", count: GraphWriteSession.searchedMentions - 1, name: "first.txt"), path: "/a.txt")
        _ = try store.write(Self.graph(quote: "Countess", count: 3, name: "second.txt"), path: "/b.txt")
        let (stored, fresh) = try Self.searchText(in: store)
        #expect(stored == "Ada Lovelace\nAda\nCountess")
        #expect(stored == fresh)
    }

    @Test func replacingTheEarliestDocumentLetsLaterQuotesIn() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(Self.graph(quote: "Ada", count: GraphWriteSession.searchedMentions, name: "first.txt"), path: "/a.txt")
        _ = try store.write(Self.graph(quote: "Countess", count: 3, name: "second.txt"), path: "/b.txt")
        _ = try store.write(Self.graph(quote: "Lady", count: 2, name: "first-again.txt"), path: "/a.txt")
        let (stored, fresh) = try Self.searchText(in: store)
        #expect(stored == "Ada Lovelace\nCountess\nLady")
        #expect(stored == fresh)
        _ = try store.write(Self.graph(quote: "Ada", count: GraphWriteSession.searchedMentions, name: "third.txt"), path: "/c.txt")
        let (afterMore, freshAfterMore) = try Self.searchText(in: store)
        #expect(afterMore == "Ada Lovelace\nCountess\nLady\nAda")
        #expect(afterMore == freshAfterMore)
    }
}
