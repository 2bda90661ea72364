import DocGraphBuiltins
import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A corpus of hostile files ingested in one batch: each gets a clear message, the batch
/// completes, the store stays sound and every good document is in it.
@Suite struct HostileCorpusTests {
    static let oneLineFiles = 10_000

    static func makeCorpus() throws -> URL {
        let folder = try SharedPaths.temporaryDirectory()
        let manager = FileManager.default
        func write(_ name: String, _ data: Data) throws {
            let url = folder.appendingPathComponent(name)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try write("empty.txt", Data())
        try write("binary.txt", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }))
        try write("invalid-utf8.txt", Data("Grants were awarded in March 2017 to the ".utf8) + Data([0xFF, 0xFE, 0xC3]) + Data(" scheme.\n".utf8))
        // 200 MB without writing 200 MB: a sparse file, refused by size before it is read.
        let huge = folder.appendingPathComponent("huge.txt")
        #expect(manager.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        for index in 0..<oneLineFiles {
            try write("lines/\(index / 1000)/line-\(index).txt", Data("Line \(index): the panel met on \(index % 28 + 1) March 2017.\n".utf8))
        }
        try manager.createDirectory(at: folder.appendingPathComponent("loop/a"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("loop/b"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("loop/a/to-b").path, withDestinationPath: "../b")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("loop/b/to-a").path, withDestinationPath: "../a")
        try write("loop/a/inside.txt", Data("A document inside a folder loop, dated 1 June 2017.\n".utf8))
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let depth = 100_000
        try write("deep.html", Data(("<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep inside, the panel met on 2 May 2017.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>").utf8))
        try makeZipBomb(at: folder.appendingPathComponent("bomb.docx"))
        for seed in try SharedPaths.seedFiles().prefix(2) {
            try manager.copyItem(at: seed, to: folder.appendingPathComponent(seed.lastPathComponent))
        }
        return folder
    }

    /// A .docx whose document part expands to 300 MB of spaces from a few hundred KB, written
    /// with Python's zipfile so the test needs no zip library of its own.
    static func makeZipBomb(at url: URL) throws {
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("[Content_Types].xml", "<Types/>")
                with archive.open("word/document.xml", "w") as part:
                    chunk = b" " * (1 << 20)
                    for _ in range(300):
                        part.write(chunk)
            """
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script, url.path])
        #expect(result.status == 0, "\(result.error)")
    }

    @Test func theBatchCompletesAndTheStoreStaysSound() async throws {
        let folder = try Self.makeCorpus()
        let storePath = folder.appendingPathComponent("store/graph.sqlite").path
        let store = try GraphStore.open(at: storePath)
        var options = IngestOptions()
        options.exclude(store: storePath)
        let summary = try await Builtins.pipeline(options: options).ingest([folder.path], into: store)
        func outcome(_ name: String) -> FileOutcome? {
            summary.files.first { $0.path.hasSuffix("/" + name) }
        }
        #expect(outcome("empty.txt")?.status == .failed)
        #expect(outcome("empty.txt")?.message == "the file is empty; there is nothing to read")
        #expect(outcome("binary.txt")?.status == .failed)
        #expect(outcome("huge.txt")?.message == "the file is 200 MB, over the 64 MB limit for one document; split it or raise the limit (docgraph ingest --max-file-size)")
        #expect(outcome("pipe.txt")?.message == "not a regular file (a pipe, socket or device)")
        let invalid = try #require(outcome("invalid-utf8.txt"))
        #expect(invalid.status == .added)
        #expect(!invalid.warnings.isEmpty)
        #expect(outcome("inside.txt")?.status == .added)
        #expect(outcome("deep.html")?.status == .added)
        #expect(outcome("bomb.docx")?.message
            == "the DOCX archive expands past the 256 MB limit at word/document.xml; it was refused as a possible zip bomb")
        let failures = summary.files.filter { $0.status == .failed }
        #expect(failures.count == 5, "\(failures.map { "\($0.path): \($0.message ?? "")" })")
        for failure in failures { #expect(!(failure.message ?? "").isEmpty) }
        #expect(try store.integrityCheck() == ["ok"])
        // Every good document: the one-line files, the invalid UTF-8 one, the one in the loop, the
        // deep HTML page, two seeds.
        #expect(try store.statistics().documents == Self.oneLineFiles + 5)
        try? FileManager.default.removeItem(at: folder)
    }
}
