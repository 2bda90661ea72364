import DocGraphKit
@testable import DocGraphStore
import Foundation
import GRDB
import Testing

/// The write-ahead log is copied into the store's file beside the writer, and by the writer
/// only once it passes its limit, so it stays bounded; the store reads the same either way.
@Suite struct WALCheckpointerTests {
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("checkpoint-\(UUID().uuidString).sqlite").path
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Writes `count` small documents, one transaction each.
    static func write(_ count: Int, into store: GraphStore) throws {
        for number in 0..<count {
            let graph = StoreFixtures.graph(
                "Person \(number) Example is the Chair of Body \(number).", person: "Person \(number) Example",
                organisation: "Body \(number)", name: "\(number).txt")
            _ = try store.write(graph, path: "/docs/\(number).txt")
        }
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test func theLogIsCopiedBesideTheWriter() throws {
        let path = Self.temporaryPath()
        defer { Self.remove(path) }
        let store = try GraphStore.open(at: path, readOnly: false, checkpointPages: 4, limitPages: 1_000_000)
        let checkpointer = try #require(store.checkpointer)
        checkpointer.waitForCheckpoint()
        let before = (size: Self.size(of: path), runs: checkpointer.counts.besideWriter)
        try Self.write(20, into: store)
        checkpointer.waitForCheckpoint()
        #expect(checkpointer.counts.besideWriter > before.runs)
        #expect(checkpointer.counts.awaitedByWriter == 0)
        // Only a checkpoint writes pages into the file itself.
        #expect(Self.size(of: path) > before.size)
        #expect(try store.statistics().nodesByLabel == ["Document": 20, "Person": 20, "Organisation": 20])
    }

    @Test func theWriterWaitsForACopyPastTheLimitSoTheLogStaysSmall() throws {
        let bounded = Self.temporaryPath()
        let unbounded = Self.temporaryPath()
        defer { Self.remove(bounded); Self.remove(unbounded) }
        do {
            let store = try GraphStore.open(at: bounded, readOnly: false, checkpointPages: 4, limitPages: 8)
            try Self.write(60, into: store)
            #expect((store.checkpointer?.counts.awaitedByWriter ?? 0) > 0)
            // The log's file keeps the size of the most it held.
            let boundedLog = Self.size(of: bounded + "-wal")
            let other = try GraphStore.open(at: unbounded, readOnly: false, checkpointPages: 1_000_000, limitPages: 1_000_000)
            try Self.write(60, into: other)
            let unboundedLog = Self.size(of: unbounded + "-wal")
            #expect(boundedLog * 4 < unboundedLog)
        }
        let reopened = try GraphStore.open(at: bounded)
        #expect(try reopened.statistics().nodesByLabel == ["Document": 60, "Person": 60, "Organisation": 60])
    }

    /// The second connection closes first, so the writer's, closed last, copies the rest of the
    /// log into the file and removes it.
    @Test func aClosedStoreLeavesNoLogBehind() throws {
        let path = Self.temporaryPath()
        defer { Self.remove(path) }
        do {
            let store = try GraphStore.open(at: path, readOnly: false, checkpointPages: 4, limitPages: 1_000_000)
            try Self.write(20, into: store)
            #expect((store.checkpointer?.counts.besideWriter ?? 0) > 0)
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
        let reopened = try GraphStore.open(at: path, readOnly: true)
        #expect(try reopened.statistics().nodesByLabel["Document"] == 20)
    }
}
