import DocGraphBuiltins
import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation

/// The five seeds ingested once with the built-in plugins, as `docgraph ingest seeds` does.
enum SeedStore {
    static func make() async throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let pipeline = try Builtins.pipeline(options: IngestOptions(concurrency: 2))
        _ = await pipeline.ingest([SharedPaths.seeds.path], into: store)
        return store
    }
}
