import DocGraphKit
@testable import DocGraphStore
import Foundation
import GRDB
import Testing

/// A linker's new result replaces its old one, writing only what differs: the graph after a
/// replacement equals the graph the new result alone gives, and what stayed keeps its ids.
@Suite struct LinkResultReplacementTests {
    let text = "Ada Lovelace is the Chair of the Analytical Society. She reported on the engine."
    let linker = "test-linker.v1"

    /// A node for the passage at `quote`, linked to a stored node with a score.
    func result(_ links: [(quote: String, score: Double)], to target: Int64, document: Document) -> LinkResult {
        let offsets = UnicodeScalarOffsets(text)
        var result = LinkResult()
        for link in links {
            let start = text.utf8.count - (text.components(separatedBy: link.quote).dropFirst().joined(separator: link.quote).utf8.count
                + link.quote.utf8.count)
            let evidence = Evidence(
                document: document.id, range: TextRange(start: start, end: start + link.quote.utf8.count), in: text,
                offsets: offsets, extractor: linker, confidence: link.score)
            let key = "Update|\(document.id)|\(evidence.start)"
            result.nodes.append(GraphNode(
                localID: key, labels: ["Update"], properties: ["text": .string(link.quote)], key: key, mentions: [evidence],
                evidence: evidence))
            result.relationships.append(GraphRelationship(
                type: "FOLLOWS_UP", from: .local(key), to: .stored(target), properties: ["score": .double(link.score)],
                evidence: evidence))
        }
        return result
    }

    /// Nodes and relationships by key and fingerprint, with ids left out.
    func contents(_ store: GraphStore) throws -> [String] {
        try store.read { db in
            try String.fetchAll(db, sql: """
                SELECT 'node ' || coalesce(key, '') || ' ' || labels || ' ' || properties || ' ' || coalesce(tally, '') FROM node
                UNION ALL SELECT 'mention ' || node.key || ' ' || mention.start || ' ' || mention.quote || ' ' || mention.confidence
                    FROM mention JOIN node ON node.id = mention.node_id
                UNION ALL SELECT 'relationship ' || type || ' ' || coalesce(fingerprint, '') || ' ' || properties FROM relationship
                UNION ALL SELECT 'search ' || node.key || ' ' || node_fts.text FROM node_fts JOIN node ON node.id = node_fts.rowid
                UNION ALL SELECT 'count ' || type || ' ' || count FROM relationship_type_count WHERE count > 0
                UNION ALL SELECT 'ends ' || type || ' ' || side || ' ' || label || ' ' || count FROM relationship_end_label WHERE count > 0
                ORDER BY 1
                """)
        }
    }

    func ids(_ store: GraphStore, _ sql: String) throws -> [String: Int64] {
        try store.read { db in
            var ids: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: sql) { ids[row[0]] = row[1] }
            return ids
        }
    }

    func storeWithDocument() throws -> (GraphStore, Document, Int64) {
        let store = try GraphStore.inMemory()
        let graph = StoreFixtures.graph(text)
        _ = try store.write(graph, path: "/docs/a.txt")
        let person = try #require(try store.nodes(labeled: "Person").first)
        return (store, graph.document, person.id)
    }

    @Test func replacingWritesOnlyWhatChangedAndEndsAsTheNewResultAlone() throws {
        let (store, document, person) = try storeWithDocument()
        try store.replaceLinkResult(
            result([("Ada Lovelace is the Chair", 0.5), ("She reported", 0.6)], to: person, document: document), linker: linker)
        let nodesBefore = try ids(store, "SELECT key, id FROM node WHERE owner = '\(linker)'")
        let relationshipsBefore = try ids(store, "SELECT fingerprint, id FROM relationship WHERE owner = '\(linker)'")
        #expect(nodesBefore.count == 2)
        #expect(relationshipsBefore.count == 4)

        let second = result([("Ada Lovelace is the Chair", 0.9), ("on the engine", 0.4)], to: person, document: document)
        try store.replaceLinkResult(second, linker: linker)
        let nodesAfter = try ids(store, "SELECT key, id FROM node WHERE owner = '\(linker)'")
        let relationshipsAfter = try ids(store, "SELECT fingerprint, id FROM relationship WHERE owner = '\(linker)'")
        let kept = "Update|\(document.id)|0"
        #expect(nodesAfter.count == 2)
        #expect(nodesAfter[kept] == nodesBefore[kept])
        #expect(Set(nodesAfter.keys).subtracting(nodesBefore.keys).count == 1)
        let keptLinks = relationshipsBefore.filter { $0.key.contains(kept) }
        #expect(keptLinks.count == 2)
        for (fingerprint, id) in keptLinks { #expect(relationshipsAfter[fingerprint] == id) }
        #expect(relationshipsAfter.count == 4)

        let (fresh, _, freshPerson) = try storeWithDocument()
        #expect(freshPerson == person)
        try fresh.replaceLinkResult(second, linker: linker)
        #expect(try contents(store) == (try contents(fresh)))
    }

    @Test func anEmptyResultRemovesEverythingTheLinkerWrote() throws {
        let (store, document, person) = try storeWithDocument()
        let before = try contents(store)
        try store.replaceLinkResult(result([("She reported", 0.6)], to: person, document: document), linker: linker)
        #expect(try contents(store) != before)
        try store.replaceLinkResult(LinkResult(), linker: linker)
        #expect(try contents(store) == before)
    }

    @Test func theSameResultAgainChangesNothing() throws {
        let (store, document, person) = try storeWithDocument()
        let found = result([("Ada Lovelace is the Chair", 0.5), ("She reported", 0.6)], to: person, document: document)
        try store.replaceLinkResult(found, linker: linker)
        let before = try contents(store)
        let relationships = try ids(store, "SELECT fingerprint, id FROM relationship")
        try store.replaceLinkResult(found, linker: linker)
        #expect(try contents(store) == before)
        #expect(try ids(store, "SELECT fingerprint, id FROM relationship") == relationships)
    }
}
