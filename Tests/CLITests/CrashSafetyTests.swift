import DocGraphTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// kill -9 in the middle of an ingest, then the same ingest again: no document half-written,
/// the store consistent, and the second run completes the rest.
@Suite struct CrashSafetyTests {
    static let documents = 200

    func corpus() throws -> URL {
        let folder = try SharedPaths.temporaryDirectory()
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let seeds = try SharedPaths.seedFiles().map { try String(contentsOf: $0, encoding: .utf8) }
        for index in 0..<Self.documents {
            let text = seeds[index % seeds.count] + "\nCopy \(index) of the newsletter.\n"
            try text.write(to: corpus.appendingPathComponent(String(format: "doc-%04d.txt", index)), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Starts an ingest and kills it with SIGKILL once it has reported `after` documents.
    func killedIngest(in folder: URL, after: Int) throws {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["ingest", "corpus", "--store", "store.sqlite", "--jobs", "1"]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = 0
        var pending = Data()
        let handle = errors.fileHandleForReading
        while seen < after {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            seen = String(decoding: pending, as: UTF8.self).components(separatedBy: "\n").filter { $0.hasPrefix("[") }.count
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
    }

    @Test(arguments: [1, 41, 150])
    func aKilledIngestResumesAndLosesNothing(killAfter: Int) throws {
        let folder = try corpus()
        try killedIngest(in: folder, after: killAfter)
        let runner = CommandRunner(directory: folder)
        let check = try runner.run(["query", "MATCH (d:Document) RETURN count(d) AS n", "--format", "csv", "--store", "store.sqlite"])
        #expect(check.status == 0, "\(check.error)")
        let stored = Int(check.output.split(separator: "\r\n").last.map(String.init) ?? "") ?? -1
        #expect(stored >= killAfter - 1 && stored < Self.documents, "stored \(stored)")
        let again = try runner.run(["ingest", "corpus", "--store", "store.sqlite", "--quiet"])
        #expect(again.status == 0, "\(again.error)")
        #expect(again.output.contains("\(Self.documents) documents into store.sqlite: \(Self.documents - stored) added, \(stored) unchanged, 0 replaced, 0 failed"))
        let integrity = try ProcessRunner.run("/usr/bin/env", ["sqlite3", folder.appendingPathComponent("store.sqlite").path, "PRAGMA integrity_check;"])
        #expect(integrity.status == 0, "sqlite3 must be installed: \(integrity.error)")
        #expect(integrity.output == "ok\n")
        let final = try runner.run(["stats", "--format", "json", "--store", "store.sqlite"])
        #expect(final.output.contains("\"documents\" : \(Self.documents)"))
    }
}
