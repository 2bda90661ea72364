import DocGraphTestSupport
import Foundation
import Testing

/// Two ingests at once on one store: both finish, one waiting for the other's transactions,
/// and nothing is lost; queries run while an ingest writes.
@Suite struct ConcurrentIngestTests {
    @Test func twoIngestsOfOverlappingFoldersLoseNothing() throws {
        let folder = try SharedPaths.temporaryDirectory()
        let manager = FileManager.default
        for name in ["left", "right"] {
            try manager.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        let seeds = try SharedPaths.seedFiles().map { try String(contentsOf: $0, encoding: .utf8) }
        for index in 0..<40 {
            let text = seeds[index % seeds.count] + "\nEdition \(index).\n"
            let side = index < 25 ? "left" : "right"
            try text.write(to: folder.appendingPathComponent("\(side)/doc-\(index).txt"), atomically: true, encoding: .utf8)
        }
        func start(_ arguments: [String]) throws -> Process {
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let first = try start(["ingest", "left", "right", "--store", "shared.sqlite", "--quiet"])
        let second = try start(["ingest", "right", "left", "--store", "shared.sqlite", "--quiet"])
        let runner = CommandRunner(directory: folder)
        var queried = 0
        while first.isRunning || second.isRunning {
            let result = try runner.run(["query", "MATCH (d:Document) RETURN count(d) AS n", "--store", "shared.sqlite", "--read-only"])
            if result.status == 0 { queried += 1 }
            if queried > 3 { break }
        }
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)
        let count = try runner.run(["query", "MATCH (d:Document) RETURN count(d) AS n", "--format", "csv", "--store", "shared.sqlite"])
        #expect(count.output == "n\r\n40\r\n")
    }
}
