import AuthorExtractor
import BuiltinRulePacks
import CommitmentExtractor
import DecisionExtractor
import DocGraphKit
import DocGraphPipeline
import FollowUpLinker
import MeetingExtractor
import OrganisationExtractor
import PeopleExtractor
import PlaceExtractor
import TextReader

/// The one explicit list of the plugins that ship with docgraph.
///
/// Adding a plugin is a target under Plugins/, a line in Package.swift, and a line here.
public enum Builtins {
    /// Readers, in the order ties of fitness are broken.
    public static var readers: [any DocumentReader] {
        [TextReader()]
    }

    /// Extractors; the pipeline orders them by what they need and produce.
    public static var extractors: [any Extractor] {
        [
            OrganisationExtractor(), PeopleExtractor(), PlaceExtractor(), AuthorExtractor(), MeetingExtractor(),
            DecisionExtractor(), CommitmentExtractor(),
        ]
    }

    /// Linkers, run after every ingest over the whole graph.
    public static var linkers: [any Linker] {
        [FollowUpLinker()]
    }

    /// The word lists of the built-in rule packs, which the built-in extractors and linkers read
    /// through their ``ExtractionContext``.
    public static func wordLists() throws -> WordLists {
        var lists = WordLists()
        for folder in BuiltinRulePacks.all {
            try RulePack.load(from: folder).addWordLists(to: &lists)
        }
        return lists
    }

    /// The registry of every built-in plugin.
    public static func registry() -> PluginRegistry {
        PluginRegistry(readers: readers, extractors: extractors, linkers: linkers)
    }

    /// An ingest pipeline with the built-in plugins.
    public static func pipeline(options: IngestOptions = IngestOptions()) throws -> IngestPipeline {
        let registry = registry()
        let analyzer = TextAnalyzer()
        let lists = try wordLists()
        let context: @Sendable (PluginManifest) -> ExtractionContext = { ExtractionContext(options: $0.options, wordLists: lists) }
        let processor = DocumentProcessor(
            registry: registry, extractors: try PluginOrdering.order(registry.extractors),
            analysis: { analyzer.analyze($0) }, context: context)
        return IngestPipeline(processor: processor, linkers: registry.linkers, options: options, linkContext: context)
    }
}
