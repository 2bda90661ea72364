import CommitmentExtractor
import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation
import FollowUpLinker

/// Stores made from small texts by the commitment extractor, then linked, for the tests.
struct LinkedStore {
    struct Text {
        var name: String
        var date: String?
        var text: String
        /// Other extractors' mentions, given as (label, name) found at the name's first occurrence.
        var entities: [(label: String, name: String)] = []
    }

    let store: GraphStore
    let result: LinkResult

    /// Ingests the texts with the commitment extractor, runs the linker and writes its result.
    init(_ texts: [Text], options: Properties = [:]) throws {
        store = try GraphStore.inMemory()
        for text in texts {
            let document = Self.document(text)
            var annotations = Self.analysis(of: document)
            annotations.mentions = text.entities.enumerated().compactMap { index, entity in
                DocumentFixtures.range(of: entity.name, in: text.text).map {
                    Mention(id: "entities#\(index)", label: entity.label, range: $0, text: entity.name,
                            properties: ["name": .string(entity.name)], extractor: "entities")
                }
            }
            annotations.merge(try CommitmentExtractor().extract(from: document, annotations: annotations, context: ExtractionContext()))
            let graph = MentionResolver().graph(for: document, annotations: annotations, path: "/fixtures/\(text.name)")
            _ = try store.write(graph, path: "/fixtures/\(text.name)")
        }
        var context = ExtractionContext(options: FollowUpDefaults.options)
        for (key, value) in options { context.options[key] = value }
        result = try FollowUpDefaults.linker.link(graph: store, context: context)
        try store.replaceLinkResult(result, linker: FollowUpDefaults.linker.manifest.id)
    }

    static func document(_ text: Text) -> Document {
        Document(
            id: SHA256.hexDigest(of: Data(text.text.utf8)), name: text.name, source: "/fixtures/\(text.name)", format: "text",
            date: text.date.flatMap(PartialDate.init(iso:)), text: text.text)
    }

    static func analysis(of document: Document) -> Annotations {
        TextAnalyzer().analyze(document)
    }

    /// Each follow-up as (commitment text, update text, relation), in the order written.
    func links() throws -> [(commitment: String, update: String, relation: String)] {
        let commitments = Dictionary(uniqueKeysWithValues: try store.nodes(labeled: "Commitment").map { ($0.id, $0.displayName) })
        let updates = Dictionary(uniqueKeysWithValues: try store.nodes(labeled: "Update").map { ($0.id, $0.displayName) })
        return try store.relationships(ofType: "FOLLOWS_UP").map {
            (commitments[$0.to] ?? "?", updates[$0.from] ?? "?", $0.properties["relation"]?.stringValue ?? "?")
        }
    }

    /// The status HAS_STATUS gives each commitment, by its text.
    func statuses() throws -> [String: String] {
        let commitments = Dictionary(uniqueKeysWithValues: try store.nodes(labeled: "Commitment").map { ($0.id, $0.displayName) })
        var statuses: [String: String] = [:]
        for relationship in try store.relationships(ofType: "HAS_STATUS") {
            statuses[commitments[relationship.from] ?? "?"] = relationship.properties["status"]?.stringValue
        }
        return statuses
    }
}
