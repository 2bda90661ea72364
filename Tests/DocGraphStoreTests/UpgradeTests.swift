import DocGraphKit
@testable import DocGraphStore
import Foundation
import GRDB
import Testing

/// A store made by an earlier schema version opens and migrates; one made by a newer version is
/// refused with a clear message rather than damaged.
@Suite struct UpgradeTests {
    func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("upgrade-\(UUID().uuidString).sqlite").path
    }

    /// Removes a store made by a test, with its write-ahead log and shared-memory file.
    func remove(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] { try? FileManager.default.removeItem(atPath: file) }
    }

    @Test func anEarlierStoreMigratesAndKeepsItsGraph() throws {
        let path = temporaryPath()
        defer { remove(path) }
        // A store as the first version left it: written by the ordinary writer, then everything
        // later migrations added taken away again.
        do {
            let pool = try DatabasePool(path: path)
            try StoreMigrations.migrator().migrate(pool)
            try pool.write { db in
                var session = GraphWriteSession(db: db, searchIndex: SearchIndexWrites())
                _ = try session.writeDocument(StoreFixtures.graph("Ada Lovelace is the Chair of the Analytical Society."), path: "/a.txt")
                try session.searchIndex.write(to: db)
                try db.execute(sql: """
                    DROP INDEX mention_node_document; DROP INDEX document_date; DROP INDEX node_text;
                    ALTER TABLE node DROP COLUMN tally;
                    DROP INDEX relationship_start_end; DROP INDEX relationship_end_start;
                    CREATE INDEX relationship_start ON relationship(start_id, type);
                    CREATE INDEX relationship_end ON relationship(end_id, type);
                    DROP TRIGGER relationship_ends_insert; DROP TRIGGER relationship_ends_delete; DROP TRIGGER relationship_ends_update;
                    DROP TRIGGER node_label_ends_insert; DROP TRIGGER node_label_ends_delete;
                    DROP TABLE relationship_type_count; DROP TABLE relationship_end_label;
                    DROP TRIGGER mention_search_quotes_delete; DROP TRIGGER mention_search_quotes_update;
                    DROP TABLE node_search_quotes; CREATE INDEX mention_node ON mention(node_id);
                    CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
                        INSERT INTO document_fts(rowid, name, title, text) VALUES (new.id, new.name, new.title, new.text);
                    END;
                    DELETE FROM grdb_migrations WHERE identifier <> 'v1-graph';
                    """)
            }
            try pool.close()
        }
        let store = try GraphStore.open(at: path)
        #expect(try store.statistics().nodesByLabel == ["Document": 1, "Person": 1, "Organisation": 1])
        let applied = try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        #expect(applied == StoreMigrations.identifiers)
        let indexes = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND (name GLOB 'relationship_*' OR name GLOB 'mention_node*' OR name = 'node_text') ORDER BY name")
        }
        #expect(indexes == [
            "mention_node_document", "node_text", "relationship_document", "relationship_end_start", "relationship_owner",
            "relationship_start_end", "relationship_type",
        ])
        // The relationship end counts are made from the graph there is.
        let ends = try store.read { db in try String.fetchAll(db, sql: "SELECT type || ' ' || side || ' ' || label || ' ' || count FROM relationship_end_label ORDER BY 1") }
        #expect(ends == [
            "HOLDS_ROLE 0 Person 1", "HOLDS_ROLE 1 Organisation 1", "MENTIONED_IN 0 Organisation 1", "MENTIONED_IN 0 Person 1",
            "MENTIONED_IN 1 Document 2",
        ])
        // Tallies are filled from the sources, so the next document merges onto them.
        let tallies = try store.read { db in
            try String.fetchAll(db, sql: "SELECT tally FROM node WHERE tally IS NOT NULL").map { PropertyTally(stored: $0).sources }
        }
        #expect(tallies == [1, 1, 1])
        _ = try store.write(StoreFixtures.graph("Ada Lovelace chairs the Analytical Society.", name: "b.txt"), path: "/b.txt")
        let person = try #require(try store.nodes(labeled: "Person").first)
        #expect(person.properties["name"] == "Ada Lovelace")
        #expect(try store.read { db in try String.fetchOne(db, sql: "SELECT tally FROM node WHERE id = ?", arguments: [person.id]) }
            .map { PropertyTally(stored: $0).sources } == 2)
        // The search quotes of a node named again are kept from then on.
        #expect(try store.read { db in
            try Int.fetchOne(db, sql: "SELECT considered FROM node_search_quotes WHERE node_id = ?", arguments: [person.id])
        } == 2)
        // Documents are indexed by the writer at the end of its transaction, no longer by a trigger.
        let documentSearch = try store.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'document_fts_*'"),
             try String.fetchAll(db, sql: "SELECT path FROM document WHERE id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH 'Analytical') ORDER BY path"))
        }
        #expect(documentSearch.0 == ["document_fts_delete"])
        #expect(documentSearch.1 == ["/a.txt", "/b.txt"])
    }

    @Test func aStoreFromANewerDocgraphIsRefusedUntouched() throws {
        let path = temporaryPath()
        defer { remove(path) }
        let store = try GraphStore.open(at: path)
        _ = try store.write(StoreFixtures.graph("Ada Lovelace is the Chair of the Analytical Society."), path: "/a.txt")
        try store.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path, unknown: ["v9-future"])) {
            try GraphStore.open(at: path)
        }
        #expect(StoreError.newerSchema(path: path, unknown: ["v9-future"]).description
            == "the store \(path) was written by a newer docgraph (schema v9-future); upgrade docgraph to open it")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
