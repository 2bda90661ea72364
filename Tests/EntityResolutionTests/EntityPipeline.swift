import DocGraphBuiltins
import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation

/// The pipeline docgraph ships (TextReader, text analysis, the core rule pack's word lists,
/// the entity extractors) over an in-memory store.
enum EntityPipeline {
    static func pipeline() throws -> IngestPipeline {
        try Builtins.pipeline(options: IngestOptions(concurrency: 1))
    }

    /// Ingests the texts one after another (in the order given) into a new in-memory store.
    static func ingest(_ texts: [String]) async throws -> GraphStore {
        let folder = try SharedPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore.inMemory()
        for (index, text) in texts.enumerated() {
            let url = folder.appendingPathComponent("document-\(index + 1).txt")
            try text.write(to: url, atomically: true, encoding: .utf8)
            _ = try await pipeline().ingest([url.path], into: store)
        }
        return store
    }

    /// Ingests the texts in one batch, one at a time in the order given, into a new in-memory
    /// store: each document is resolved against those written before it in the same batch.
    static func ingestInOneBatch(_ texts: [String]) async throws -> GraphStore {
        let folder = try SharedPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore.inMemory()
        var paths: [String] = []
        for (index, text) in texts.enumerated() {
            let url = folder.appendingPathComponent("document-\(index + 1).txt")
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        _ = try await pipeline().ingest(paths, into: store)
        return store
    }

    /// The names of the stored nodes with a label, sorted.
    static func names(_ label: String, in store: GraphStore) throws -> [String] {
        try store.nodes(labeled: label).compactMap { $0.properties["name"]?.stringValue }.sorted()
    }
}
