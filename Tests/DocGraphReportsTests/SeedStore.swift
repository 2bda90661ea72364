import DocGraphBuiltins
import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation

/// The five seeds ingested once with the built-in plugins, as `docgraph ingest seeds` does, and
/// shared by the tests that read them.
enum SeedStore {
    private static let shared = Task<GraphStore, any Error> {
        let store = try GraphStore.inMemory()
        let pipeline = try Builtins.pipeline(options: IngestOptions(concurrency: 2))
        _ = await pipeline.ingest([SharedPaths.seeds.path], into: store)
        return store
    }

    static func store() async throws -> GraphStore {
        try await shared.value
    }
}
