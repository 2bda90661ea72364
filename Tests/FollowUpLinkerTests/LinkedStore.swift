import AuthorExtractor
import BuiltinRulePacks
import CommitmentExtractor
import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation
import FollowUpLinker

/// Stores made from small texts by the authors and commitment extractors, then linked, for the
/// tests.
struct LinkedStore {
    struct Text {
        var name: String
        var date: String?
        var text: String
    }

    let store: GraphStore
    let result: LinkResult

    /// The core rule pack's word lists.
    static let coreLists: WordLists = {
        var lists = WordLists()
        (try? RulePack.load(from: BuiltinRulePacks.core))?.addWordLists(to: &lists)
        return lists
    }()

    /// Ingests the texts, runs the linker and writes its result.
    init(_ texts: [Text], options: Properties = [:]) throws {
        store = try GraphStore.inMemory()
        let context = ExtractionContext(wordLists: Self.coreLists)
        for text in texts {
            let document = Document(
                id: SHA256.hexDigest(of: Data(text.text.utf8)), name: text.name, source: "/fixtures/\(text.name)",
                format: "text", date: text.date.flatMap(PartialDate.init(iso:)), text: text.text)
            var annotations = TextAnalyzer().analyze(document)
            annotations.merge(try AuthorExtractor().extract(from: document, annotations: annotations, context: context))
            annotations.merge(try CommitmentExtractor().extract(from: document, annotations: annotations, context: context))
            let graph = MentionResolver().graph(for: document, annotations: annotations, path: document.source)
            _ = try store.write(graph, path: document.source)
        }
        let linker = FollowUpLinker()
        var linkContext = ExtractionContext(options: linker.manifest.options, wordLists: Self.coreLists)
        for (key, value) in options { linkContext.options[key] = value }
        result = try linker.link(graph: store, context: linkContext)
        try store.replaceLinkResult(result, linker: linker.manifest.id)
    }

    /// Each follow-up as (commitment text, update text, relation), in the order written.
    func links() throws -> [Link] {
        let commitments = Dictionary(uniqueKeysWithValues: try store.nodes(labeled: "Commitment").map { ($0.id, $0.displayName) })
        let updates = Dictionary(uniqueKeysWithValues: try store.nodes(labeled: "Update").map { ($0.id, $0.displayName) })
        return try store.relationships(ofType: "FOLLOWS_UP").map {
            Link(commitment: commitments[$0.to] ?? "?", update: updates[$0.from] ?? "?",
                 relation: $0.properties["relation"]?.stringValue ?? "?", matched: $0.properties["matched"]?.stringList ?? [])
        }
    }

    struct Link: Hashable {
        var commitment: String
        var update: String
        var relation: String
        var matched: [String]
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
