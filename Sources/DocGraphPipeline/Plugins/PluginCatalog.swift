import DocGraphKit
import Foundation

/// Every plugin one run could use, enabled or not: the built-in ones, the rule packs (built-in
/// and from `docgraph.yaml`) and the external plugins `docgraph.yaml` declares, with the word
/// lists of every pack. ``PluginSelection`` picks and orders what runs from it; `docgraph
/// plugins` lists it even when the selection cannot be ordered.
public struct PluginCatalog: Sendable {
    public let builtins: PluginRegistry
    /// Every extractor in registration order: built-in rule packs, built-in extractors, rule
    /// packs from `docgraph.yaml`, external plugins.
    public let extractors: [any Extractor]
    /// Every rule pack loaded, enabled or not.
    public let rulePacks: [RulePack]
    /// The lexicons of every rule pack loaded, enabled or not, for extractors to look words up.
    public let wordLists: WordLists
    public let configuration: PipelineConfiguration
    let externalPlugins: [ExternalPluginExtractor]

    /// - Parameters:
    ///   - builtins: the plugins that ship (DocGraphBuiltins).
    ///   - builtinRulePacks: the folders of the packs that ship (BuiltinRulePacks.all).
    ///   - log: receives the lines external plugins write to stderr.
    /// - Throws: ``ConfigurationError`` for a mistake in a rule pack, an id in `docgraph.yaml`
    ///   that names no plugin, or an option a plugin does not declare.
    public init(
        builtins: PluginRegistry, builtinRulePacks: [URL], configuration: PipelineConfiguration,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(ConfigurationError) {
        var packs: [RulePack] = []
        for folder in builtinRulePacks + configuration.rulePacks { packs.append(try RulePack.load(from: folder)) }
        let external = configuration.externalPlugins.map { ExternalPluginExtractor(configuration: $0, log: log) }
        let packExtractors: [any Extractor] = packs.map { RulePackExtractor(pack: $0) }
        let builtinPackCount = builtinRulePacks.count
        self.extractors = Array(packExtractors[..<builtinPackCount]) + builtins.extractors
            + Array(packExtractors[builtinPackCount...]) + external
        self.builtins = builtins
        self.rulePacks = packs
        self.configuration = configuration
        self.externalPlugins = external
        var lists = WordLists()
        for pack in packs { pack.addWordLists(to: &lists) }
        self.wordLists = lists
        try check()
    }

    /// Every plugin's manifest: readers, extractors, linkers.
    public var manifests: [PluginManifest] {
        builtins.readers.map(\.manifest) + extractors.map(\.manifest) + builtins.linkers.map(\.manifest)
    }

    /// Every plugin, with whether `docgraph.yaml` lets it run.
    public var listing: [PluginListing] {
        manifests.map { PluginListing(manifest: $0, enabled: isEnabled($0)) }
    }

    func isEnabled(_ manifest: PluginManifest) -> Bool {
        configuration.isEnabled(manifest.id, kind: manifest.kind)
    }

    /// Every id the file names must be a plugin's, and every option one the plugin declares.
    private func check() throws(ConfigurationError) {
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
