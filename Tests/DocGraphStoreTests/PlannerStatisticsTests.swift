import DocGraphStore
import Foundation
import GRDB
import Testing

/// The store gathers the statistics SQLite's planner chooses indexes by.
@Suite struct PlannerStatisticsTests {
    @Test func statisticsCoverTheNodeAndRelationshipIndexes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("statistics-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try GraphStore.open(at: path)
        _ = try store.write(StoreFixtures.graph("Ada Lovelace is the Chair of the Analytical Society."), path: "/docs/a.txt")
        try store.updatePlannerStatistics()
        let indexes = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT idx FROM sqlite_stat1 WHERE tbl IN ('node', 'relationship') ORDER BY idx")
        }
        #expect(indexes.contains("node_name"))
        #expect(indexes.contains("relationship_type"))
    }
}
