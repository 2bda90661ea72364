import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation
import OrganisationExtractor
import PeopleExtractor
import PlaceExtractor

/// The entity extractors in a pipeline over an in-memory store, as a run sets them up: text
/// analysis first, the core rule pack's word lists in every extractor's context.
enum EntityPipeline {
    static func pipeline() -> IngestPipeline {
        let registry = PluginRegistry(
            readers: [PlainTextReader()], extractors: [OrganisationExtractor(), PeopleExtractor(), PlaceExtractor()])
        let analyzer = TextAnalyzer()
        let processor = DocumentProcessor(
            registry: registry, extractors: registry.extractors, analysis: { analyzer.analyze($0) },
            context: { manifest in
                var context = CoreWordLists.context
                context.options = manifest.options
                return context
            })
        return IngestPipeline(processor: processor, options: IngestOptions(concurrency: 1))
    }

    /// Ingests the texts one after another (in the order given) into a new in-memory store.
    static func ingest(_ texts: [String]) async throws -> GraphStore {
        let folder = try SharedPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore.inMemory()
        for (index, text) in texts.enumerated() {
            let url = folder.appendingPathComponent("document-\(index + 1).txt")
            try text.write(to: url, atomically: true, encoding: .utf8)
            _ = await pipeline().ingest([url.path], into: store)
        }
        return store
    }

    /// The names of the stored nodes with a label, sorted.
    static func names(_ label: String, in store: GraphStore) throws -> [String] {
        try store.nodes(labeled: label).compactMap { $0.properties["name"]?.stringValue }.sorted()
    }
}
