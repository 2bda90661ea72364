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

    @Test func anEarlierStoreMigratesAndKeepsItsGraph() throws {
        let path = temporaryPath()
        let pool = try DatabasePool(path: path)
        try StoreMigrations.migrator().migrate(pool, upTo: "v1-graph")
        try pool.close()
        // Write with the first version's schema only, through the ordinary writer.
        do {
            let pool = try DatabasePool(path: path)
            try pool.write { db in
                var session = GraphWriteSession(db: db)
                _ = try session.writeDocument(StoreFixtures.graph("Ada Lovelace is the Chair of the Analytical Society."), path: "/a.txt")
            }
            try pool.close()
        }
        let store = try GraphStore.open(at: path)
        #expect(try store.statistics().nodesByLabel == ["Document": 1, "Person": 1, "Organisation": 1])
        let applied = try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        #expect(applied == StoreMigrations.identifiers)
        let indexes = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'mention_node_document'")
        }
        #expect(indexes == ["mention_node_document"])
    }

    @Test func aStoreFromANewerDocgraphIsRefusedUntouched() throws {
        let path = temporaryPath()
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
