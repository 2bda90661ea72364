import DocGraphKit
import Foundation

/// The plugins of one run, picked from a ``PluginCatalog``: disabled plugins left out,
/// extractors ordered by what they need and produce and wrapped so their output is checked.
///
/// The command-line tool builds one at start-up, hands ``registry`` and ``context(for:)`` to the
/// pipeline, and calls ``shutdown()`` at the end of the run. Every mistake is found here, before
/// any document is read.
public struct PluginSelection: Sendable {
    /// What runs: readers, then extractors in order (each a ``ValidatedExtractor``), then linkers.
    public let registry: PluginRegistry
    /// Every plugin known, enabled or not, and the configuration that chose among them.
    public let catalog: PluginCatalog

    /// - Throws: ``PluginOrderingError`` when the enabled extractors cannot be ordered.
    public init(catalog: PluginCatalog) throws(PluginOrderingError) {
        let running = try PluginOrdering.order(catalog.extractors.filter { catalog.isEnabled($0.manifest) })
        self.registry = PluginRegistry(
            readers: catalog.builtins.readers.filter { catalog.isEnabled($0.manifest) },
            extractors: running.map { ValidatedExtractor($0) },
            linkers: catalog.builtins.linkers.filter { catalog.isEnabled($0.manifest) })
        self.catalog = catalog
    }

    /// Builds the catalog and the selection in one step.
    ///
    /// - Throws: ``ConfigurationError`` for a mistake in `docgraph.yaml` or a rule pack,
    ///   ``PluginOrderingError`` when the enabled extractors cannot be ordered.
    public init(
        builtins: PluginRegistry, builtinRulePacks: [URL], configuration: PipelineConfiguration,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        try self.init(catalog: PluginCatalog(
            builtins: builtins, builtinRulePacks: builtinRulePacks, configuration: configuration, log: log))
    }

    /// Every plugin known, enabled or not.
    public var listing: [PluginListing] { catalog.listing }

    /// The lexicons of every rule pack loaded.
    public var wordLists: WordLists { catalog.wordLists }

    /// What a plugin is given besides the document: its options and the word lists.
    public func context(for manifest: PluginManifest) -> ExtractionContext {
        ExtractionContext(options: catalog.configuration.options(for: manifest), wordLists: catalog.wordLists)
    }

    /// Stops the external plugins' processes.
    public func shutdown() {
        for plugin in catalog.externalPlugins { plugin.shutdown() }
    }
}
