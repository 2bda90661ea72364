import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation
import Synchronization
import Testing

@Suite struct IngestPipelineTests {
    func pipeline(maxFileBytes: Int = 1 << 20) -> IngestPipeline {
        let registry = PluginRegistry(readers: [NoteReader()], extractors: [CapitalisedNameExtractor()])
        let processor = DocumentProcessor(
            registry: registry, extractors: registry.extractors, analysis: { _ in Annotations() }, maxFileBytes: maxFileBytes)
        return IngestPipeline(processor: processor, options: IngestOptions(maxFileBytes: maxFileBytes, concurrency: 2))
    }

    func folder(_ files: [String: String]) throws -> URL {
        let folder = try SharedPaths.temporaryDirectory()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func oneBadFileNeverStopsTheBatch() async throws {
        let folder = try folder([
            "a.note": "Ada Lovelace wrote notes.", "b.note": "BROKEN beyond repair", "sub/c.note": "Grace Hopper fixed bugs.",
            "d.bin": "no reader wants this",
        ])
        let store = try GraphStore.inMemory()
        let summary = await pipeline().ingest([folder.path], into: store)
        let byName = Dictionary(uniqueKeysWithValues: summary.files.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0) })
        #expect(byName["a.note"]?.status == .added)
        #expect(byName["c.note"]?.status == .added)
        #expect(byName["b.note"]?.status == .failed)
        #expect(byName["b.note"]?.message == "the note is broken")
        #expect(byName["d.bin"]?.message == "no reader recognises the file's format; readers here take: note")
        #expect(summary.hasFailures)
        #expect(try store.nodes(labeled: "Person").map(\.displayName).sorted() == ["Ada Lovelace", "Grace Hopper"])
    }

    /// A long first file finishes last, yet every document is written in the order of the
    /// files, so cross-document resolution never depends on which finished first.
    @Test func documentsAreWrittenInTheOrderOfTheFiles() async throws {
        var files = ["a00.note": String(repeating: "Ada Lovelace wrote long notes. ", count: 15_000)]
        for number in 1...12 { files["a\(number < 10 ? "0" : "")\(number).note"] = "Grace Hopper fixed bug \(number)." }
        let folder = try folder(files)
        let written = Mutex<[String]>([])
        let store = try GraphStore.inMemory()
        _ = await pipeline().ingest([folder.path], into: store) { event in
            if case .finished(let outcome, _, _) = event { written.withLock { $0.append(URL(fileURLWithPath: outcome.path).lastPathComponent) } }
        }
        #expect(written.withLock { $0 } == files.keys.sorted())
    }

    @Test func anExtractorErrorIsAWarningForItsDocumentOnly() async throws {
        let folder = try folder(["a.note": "Ada Lovelace EXPLODE", "b.note": "Grace Hopper fixed bugs."])
        let store = try GraphStore.inMemory()
        let summary = await pipeline().ingest([folder.path], into: store)
        #expect(summary.count(.added) == 2)
        let warned = summary.files.first { $0.path.hasSuffix("a.note") }
        #expect(warned?.warnings == ["extractor names.v1 failed: cannot cope with this document"])
        #expect(try store.nodes(labeled: "Person").map(\.displayName) == ["Grace Hopper"])
    }

    @Test func unchangedReplacedAndDuplicateFiles() async throws {
        let folder = try folder(["a.note": "Ada Lovelace wrote notes."])
        let store = try GraphStore.inMemory()
        #expect(await pipeline().ingest([folder.path], into: store).count(.added) == 1)
        #expect(await pipeline().ingest([folder.path], into: store).count(.unchanged) == 1)
        try "Ada Lovelace wrote more notes.".write(to: folder.appendingPathComponent("a.note"), atomically: true, encoding: .utf8)
        #expect(await pipeline().ingest([folder.path], into: store).count(.replaced) == 1)
        try "Ada Lovelace wrote more notes.".write(to: folder.appendingPathComponent("copy.note"), atomically: true, encoding: .utf8)
        let summary = await pipeline().ingest([folder.path], into: store)
        let copy = summary.files.first { $0.path.hasSuffix("copy.note") }
        #expect(copy?.status == .unchanged)
        #expect(copy?.message == "same content as \(folder.appendingPathComponent("a.note").path)")
    }

    @Test func aFileOverTheSizeLimitIsRefused() async throws {
        let folder = try folder(["big.note": String(repeating: "x", count: 3000)])
        let store = try GraphStore.inMemory()
        let summary = await pipeline(maxFileBytes: 1000).ingest([folder.path], into: store)
        #expect(summary.files.first?.message == "the file is 3 KB, over the 1000 bytes limit for one document; split it or raise the limit (docgraph ingest --max-file-size)")
    }

    @Test func aFileThatVanishesMidBatchIsReportedAndTheRestGoOn() async throws {
        let folder = try folder(["a.note": "Ada Lovelace wrote notes.", "b.note": "Grace Hopper fixed bugs."])
        let store = try GraphStore.inMemory()
        let vanishing = folder.appendingPathComponent("b.note")
        // The files are collected before `.started` is reported; remove one then.
        let summary = await pipeline().ingest([folder.path], into: store) { event in
            if case .started = event { try? FileManager.default.removeItem(at: vanishing) }
        }
        let gone = summary.files.first { $0.path.hasSuffix("b.note") }
        #expect(gone?.status == .failed)
        #expect(gone?.message == "cannot read the file: it vanished or is not accessible")
        #expect(summary.count(.added) == 1)
    }
}
