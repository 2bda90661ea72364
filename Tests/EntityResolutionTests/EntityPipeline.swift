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
            _ = await try pipeline().ingest([url.path], into: store)
        }
        return store
    }

    /// The names of the stored nodes with a label, sorted.
    static func names(_ label: String, in store: GraphStore) throws -> [String] {
        try store.nodes(labeled: label).compactMap { $0.properties["name"]?.stringValue }.sorted()
    }
}
