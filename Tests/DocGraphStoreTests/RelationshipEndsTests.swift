import DocGraphKit
@testable import DocGraphStore
import Foundation
import GRDB
import Testing

/// The store's counts of relationships per type and of their ends per label stay equal to a
/// count from scratch whatever writes the graph: documents added, replaced and removed, bulk
/// loads, labels added and removed, nodes deleted with everything on them.
@Suite struct RelationshipEndsTests {
    /// The kept counts (zero rows left out) and the same counted from the tables.
    func counts(_ store: GraphStore) throws -> (kept: [String], counted: [String]) {
        try store.read { db in
            let kept = try String.fetchAll(db, sql: """
                SELECT type || ' ' || side || ' ' || label || ' ' || count FROM relationship_end_label WHERE count > 0
                UNION ALL SELECT type || ' * ' || count FROM relationship_type_count WHERE count > 0 ORDER BY 1
                """)
            let counted = try String.fetchAll(db, sql: """
                SELECT r.type || ' 0 ' || l.label || ' ' || count(*) FROM relationship r JOIN node_label l ON l.node_id = r.start_id GROUP BY r.type, l.label
                UNION ALL SELECT r.type || ' 1 ' || l.label || ' ' || count(*) FROM relationship r JOIN node_label l ON l.node_id = r.end_id GROUP BY r.type, l.label
                UNION ALL SELECT type || ' * ' || count(*) FROM relationship GROUP BY type ORDER BY 1
                """)
            return (kept, counted)
        }
    }

    @Test func countsFollowDocumentsAddedReplacedAndRemoved() throws {
        let store = try GraphStore.inMemory()
        _ = try store.write(StoreFixtures.graph("Ada Lovelace is the Chair of the Analytical Society."), path: "/a.txt")
        _ = try store.write(StoreFixtures.graph("Grace Hopper is the Chair of the Navy Board.", person: "Grace Hopper",
                                                organisation: "Navy Board", name: "b.txt"), path: "/b.txt")
        var (kept, counted) = try counts(store)
        #expect(kept == counted)
        #expect(kept.contains("HOLDS_ROLE * 2"))
        #expect(kept.contains("HOLDS_ROLE 1 Organisation 2"))
        _ = try store.write(StoreFixtures.graph("Ada Lovelace chairs the Analytical Society now.", name: "a.txt"), path: "/a.txt")
        _ = try store.removeDocument(at: "/b.txt")
        (kept, counted) = try counts(store)
        #expect(kept == counted)
        #expect(kept.contains("HOLDS_ROLE 1 Organisation 1"))
    }

    @Test func countsFollowLabelsAndDeletedNodes() throws {
        let store = try GraphStore.inMemory()
        let ids = try store.bulkInsert(nodes: [
            BulkNode(labels: ["Person"], key: nil, properties: ["name": .string("A")]),
            BulkNode(labels: ["Meeting"], key: nil, properties: ["title": .string("M")]),
            BulkNode(labels: ["Place", "Venue"], key: nil, properties: ["name": .string("Hall")]),
        ], owner: "test")
        try store.bulkInsert(relationships: [
            BulkRelationship(type: "ATTENDED", start: ids[0], end: ids[1], properties: [:]),
            BulkRelationship(type: "ATTENDED", start: ids[0], end: ids[2], properties: [:]),
            BulkRelationship(type: "AT", start: ids[1], end: ids[2], properties: [:]),
        ], owner: "test")
        #expect(try counts(store).kept == counts(store).counted)
        try store.write { db in
            try db.execute(sql: "INSERT INTO node_label (label, node_id) VALUES ('Meeting', ?)", arguments: [ids[2]])
            try db.execute(sql: "DELETE FROM node_label WHERE label = 'Venue' AND node_id = ?", arguments: [ids[2]])
        }
        var (kept, counted) = try counts(store)
        #expect(kept == counted)
        #expect(kept.contains("ATTENDED 1 Meeting 2"))
        try store.write { db in try db.execute(sql: "DELETE FROM node WHERE id = ?", arguments: [ids[1]]) }
        (kept, counted) = try counts(store)
        #expect(kept == counted)
        #expect(kept == ["ATTENDED * 1", "ATTENDED 0 Person 1", "ATTENDED 1 Meeting 1", "ATTENDED 1 Place 1"])
    }
}
