import DocGraphKit
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

    /// A sample of the first index rows would see one label only; labels and the relationship
    /// indexes patterns join through are counted over every row.
    @Test func labelsAndNeighboursAreCountedOverEveryRow() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("statistics-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try GraphStore.open(at: path)
        let people = try store.bulkInsert(
            nodes: (0..<1_500).map { BulkNode(labels: ["Person"], key: nil, properties: ["name": .string("Person \($0)")]) }, owner: "test")
        let meetings = try store.bulkInsert(
            nodes: (0..<10).map { BulkNode(labels: ["Meeting"], key: nil, properties: ["title": .string("Meeting \($0)")]) }, owner: "test")
        try store.bulkInsert(
            relationships: people.enumerated().map { BulkRelationship(type: "ATTENDED", start: $1, end: meetings[$0 % 10], properties: [:]) }, owner: "test")
        try store.updatePlannerStatistics()
        let statistics = try DatabaseQueue(path: path).read { db in
            var statistics: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT idx, stat FROM sqlite_stat1 WHERE idx IS NOT NULL") {
                statistics[row["idx"]] = row["stat"]
            }
            return statistics
        }
        // 1,510 label rows over 2 labels; 1,500 relationships of one type; 1 per start node,
        // 150 per meeting.
        #expect(statistics["node_label"] == "1510 755 1")
        #expect(statistics["relationship_type"] == "1500 1500")
        #expect(statistics["relationship_start_end"] == "1500 1 1 1")
        #expect(statistics["relationship_end_start"] == "1500 150 150 1")
    }

    /// Statistics are stale when there are none, and when the relationships have grown or
    /// shrunk by more than a tenth since they were gathered; a small batch leaves them be.
    @Test func statisticsGoStaleOnlyWhenTheRelationshipsChangeByMoreThanATenth() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("statistics-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try GraphStore.open(at: path)
        let nodes = try store.bulkInsert(
            nodes: (0..<41).map { BulkNode(labels: ["Person"], key: nil, properties: ["name": .string("Person \($0)")]) }, owner: "test")
        func link(_ range: Range<Int>) throws {
            try store.bulkInsert(
                relationships: range.map { BulkRelationship(type: "KNOWS", start: nodes[$0], end: nodes[$0 + 1], properties: [:]) },
                owner: "test")
        }
        try link(0..<20)
        #expect(try store.plannerStatisticsAreStale())
        try store.updatePlannerStatistics()
        #expect(try !store.plannerStatisticsAreStale())
        try link(20..<22)
        #expect(try !store.plannerStatisticsAreStale(), "2 more on 20 is a tenth, not more")
        try link(22..<23)
        #expect(try store.plannerStatisticsAreStale(), "3 more on 20 is more than a tenth")
        try store.updatePlannerStatistics()
        #expect(try !store.plannerStatisticsAreStale())
    }
}
