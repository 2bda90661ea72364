import AuthorExtractor
import BuiltinRulePacks
import CommitmentExtractor
import DecisionExtractor
import DocGraphKit
import DocGraphPipeline
import DOCXReader
import EmailReader
import FollowUpLinker
import HTMLReader
import MarkdownReader
import MeetingExtractor
import OrganisationExtractor
import PDFReader
import PeopleExtractor
import PlaceExtractor
import TextReader

/// The one explicit list of the plugins that ship with docgraph.
///
/// Adding a plugin is a target under Plugins/, a line in Package.swift, and a line here.
public enum Builtins {
    /// Readers, in the order ties of fitness are broken.
    public static var readers: [any DocumentReader] {
        [TextReader(), HTMLReader(), MarkdownReader(), DOCXReader(), EmailReader(), PDFReader()]
    }

    /// Extractors; the pipeline orders them by what they need and produce.
    public static var extractors: [any Extractor] {
        [
            OrganisationExtractor(), PeopleExtractor(), PlaceExtractor(), AuthorExtractor(), MeetingExtractor(),
            DecisionExtractor(), CommitmentExtractor(),
        ]
    }

    /// The word lists of the built-in rule packs (titles, organisation words, role words, meeting
    /// and decision words, ...), which the built-in extractors read from their context.
    public static func wordLists() throws -> WordLists {
        var lists = WordLists()
        for folder in BuiltinRulePacks.all { try RulePack.load(from: folder).addWordLists(to: &lists) }
        return lists
    }

    /// Linkers, run after every ingest over the whole graph.
    public static var linkers: [any Linker] {
        [FollowUpLinker()]
    }

    /// The registry of every built-in plugin.
    public static func registry() -> PluginRegistry {
        PluginRegistry(readers: readers, extractors: extractors, linkers: linkers)
    }

    /// The plugins one run uses: the built-in set plus the built-in rule packs, adjusted by a
    /// `docgraph.yaml` (rule packs, external plugins, plugins disabled, options).
    ///
    /// - Throws: ``ConfigurationError`` (with file and line) or ``PluginOrderingError``.
    public static func selection(
        configuration: PipelineConfiguration = PipelineConfiguration(), log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws -> PluginSelection {
        try PluginSelection(builtins: registry(), builtinRulePacks: BuiltinRulePacks.all, configuration: configuration, log: log)
    }

    /// An ingest pipeline over a selection of plugins (the built-in selection when `nil`):
    /// extractors ordered by what they need and produce, each one's output checked against its
    /// manifest, options and word lists handed to every plugin.
    public static func pipeline(options: IngestOptions = IngestOptions(), selection: PluginSelection? = nil) throws -> IngestPipeline {
        let selection = try selection ?? Self.selection()
        let registry = selection.registry
        let analyzer = TextAnalyzer()
        let processor = DocumentProcessor(
            registry: registry, extractors: registry.extractors, analysis: { analyzer.analyze($0) },
            maxFileBytes: options.maxFileBytes, context: { selection.context(for: $0) })
        return IngestPipeline(
            processor: processor, linkers: registry.linkers, options: options, linkContext: { selection.context(for: $0) })
    }
}
