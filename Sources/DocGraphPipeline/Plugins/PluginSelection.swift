import DocGraphKit
import Foundation

/// The plugins of one run, put together from the built-in ones and `docgraph.yaml`: rule packs
/// loaded, external plugins declared, disabled plugins left out, extractors ordered by what they
/// need and produce and wrapped so their output is checked.
///
/// The command-line tool builds one at start-up, hands ``registry`` and ``context(for:)`` to the
/// pipeline, and calls ``shutdown()`` at the end of the run. Every mistake is found here, before
/// any document is read.
public struct PluginSelection: Sendable {
    /// What runs: readers, then extractors in order (each a ``ValidatedExtractor``), then linkers.
    public let registry: PluginRegistry
    /// Every plugin known, enabled or not: readers, extractors (built-in rule packs, built-in
    /// extractors, configured rule packs, external plugins), linkers.
    public let listing: [PluginListing]
    /// Every rule pack loaded, enabled or not.
    public let rulePacks: [RulePack]
    /// The lexicons of every rule pack loaded, enabled or not, for extractors to look words up.
    public let wordLists: WordLists
    public let configuration: PipelineConfiguration
    private let externalPlugins: [ExternalPluginExtractor]

    /// - Parameters:
    ///   - builtins: the plugins that ship (DocGraphBuiltins).
    ///   - builtinRulePacks: the folders of the packs that ship (BuiltinRulePacks.all).
    ///   - log: receives the lines external plugins write to stderr.
    /// - Throws: ``ConfigurationError`` for a mistake in `docgraph.yaml` or a rule pack,
    ///   ``PluginOrderingError`` when the enabled extractors cannot be ordered.
    public init(
        builtins: PluginRegistry, builtinRulePacks: [URL], configuration: PipelineConfiguration,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        var packs: [RulePack] = []
        for folder in builtinRulePacks + configuration.rulePacks { packs.append(try RulePack.load(from: folder)) }
        let builtinPackCount = builtinRulePacks.count
        let external = configuration.externalPlugins.map { ExternalPluginExtractor(configuration: $0, log: log) }
        let packExtractors: [any Extractor] = packs.map { RulePackExtractor(pack: $0) }
        let extractors: [any Extractor] = Array(packExtractors[..<builtinPackCount]) + builtins.extractors
            + Array(packExtractors[builtinPackCount...]) + external

        let all = builtins.readers.map(\.manifest) + extractors.map(\.manifest) + builtins.linkers.map(\.manifest)
        try PluginSelection.check(configuration, against: all)
        let enabled = { (manifest: PluginManifest) in configuration.isEnabled(manifest.id, kind: manifest.kind) }

        var lists = WordLists()
        for pack in packs { pack.addWordLists(to: &lists) }
        let running = try PluginOrdering.order(extractors.filter { enabled($0.manifest) })
        self.registry = PluginRegistry(
            readers: builtins.readers.filter { enabled($0.manifest) },
            extractors: running.map { ValidatedExtractor($0) },
            linkers: builtins.linkers.filter { enabled($0.manifest) })
        self.listing = all.map { PluginListing(manifest: $0, enabled: enabled($0)) }
        self.rulePacks = packs
        self.wordLists = lists
        self.configuration = configuration
        self.externalPlugins = external
    }

    /// What a plugin is given besides the document: its options and the word lists.
    public func context(for manifest: PluginManifest) -> ExtractionContext {
        ExtractionContext(options: configuration.options(for: manifest), wordLists: wordLists)
    }

    /// Stops the external plugins' processes.
    public func shutdown() {
        for plugin in externalPlugins { plugin.shutdown() }
    }

    /// Every id the file names must be a plugin's, and every option one the plugin declares.
    private static func check(_ configuration: PipelineConfiguration, against manifests: [PluginManifest]) throws {
        let file = configuration.file?.path ?? PipelineConfiguration.fileName
        var byID: [String: PluginManifest] = [:]
        for manifest in manifests where byID[manifest.id] == nil { byID[manifest.id] = manifest }
        for reference in configuration.references {
            guard let manifest = byID[reference.id] else {
                throw ConfigurationError(file: file, line: reference.line, message: "no plugin has the id "
                    + "'\(reference.id)' (under \(reference.setting)); `docgraph plugins` lists every plugin")
            }
            guard reference.setting == "options" else { continue }
            let declared = manifest.options.keys.sorted()
            if let unknown = (configuration.options[reference.id] ?? [:]).keys.sorted().first(where: { !declared.contains($0) }) {
                let known = declared.isEmpty ? "it takes no options" : "its options are \(declared.joined(separator: ", "))"
                throw ConfigurationError(
                    file: file, line: reference.line, message: "plugin \(reference.id) has no option '\(unknown)'; \(known)")
            }
        }
    }
}
