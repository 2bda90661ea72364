import DocGraphKit
import DocGraphPipeline
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
        []
    }

    /// Linkers, run after every ingest over the whole graph.
    public static var linkers: [any Linker] {
        []
    }

    /// The registry of every built-in plugin.
    public static func registry() -> PluginRegistry {
        PluginRegistry(readers: readers, extractors: extractors, linkers: linkers)
    }

    /// An ingest pipeline with the built-in plugins.
    public static func pipeline(options: IngestOptions = IngestOptions()) throws -> IngestPipeline {
        let registry = registry()
        let analyzer = TextAnalyzer()
        let processor = DocumentProcessor(
            registry: registry, extractors: registry.extractors, analysis: { analyzer.analyze($0) })
        return IngestPipeline(processor: processor, linkers: registry.linkers, options: options)
    }
}
