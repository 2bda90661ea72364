import DocGraphKit
import Foundation

/// Takes one file from bytes to the graph it contributes: reader, text analysis, extractors in
/// order, resolution. Errors of a reader fail the file; an extractor's error is confined to
/// that document and reported with it as a warning.
public struct DocumentProcessor: Sendable {
    public let registry: PluginRegistry
    /// Extractors in the order they run.
    public let extractors: [any Extractor]
    /// The text analysis run before any extractor: sentences and tokens.
    public let analysis: @Sendable (Document) -> Annotations
    public let context: @Sendable (PluginManifest) -> ExtractionContext
    public let limits: ReaderLimits
    /// Chooses the reader for each file and refuses empty and oversized ones.
    public let selector: ReaderSelector
    let resolver = MentionResolver()

    public init(
        registry: PluginRegistry, extractors: [any Extractor], analysis: @escaping @Sendable (Document) -> Annotations,
        limits: ReaderLimits = ReaderLimits(), maxFileBytes: Int = ReaderSelector.defaultMaxFileBytes,
        context: @escaping @Sendable (PluginManifest) -> ExtractionContext = { ExtractionContext(options: $0.options) }
    ) {
        self.registry = registry
        self.extractors = extractors
        self.analysis = analysis
        self.limits = limits
        self.selector = ReaderSelector(registry: registry, maxFileBytes: maxFileBytes)
        self.context = context
    }

    /// Reads a file's bytes into a document with the best-fitting reader.
    public func read(_ input: ReaderInput) throws -> ReadResult {
        try selector.read(input)
    }

    /// Runs text analysis and every extractor over a document.
    public func annotate(_ document: Document) -> Annotations {
        var annotations = analysis(document)
        if annotations.nameWords == nil { annotations.nameWords = NameWordScanner.words(in: document.text) }
        for extractor in extractors {
            do {
                let additions = try extractor.extract(
                    from: document, annotations: annotations, context: context(extractor.manifest))
                annotations.merge(additions)
            } catch {
                annotations.warnings.append("extractor \(extractor.manifest.id) failed: \(error)")
            }
        }
        return annotations
    }

    /// The whole way from a file to its graph.
    public func process(_ input: ReaderInput, path: String) throws -> DocumentGraph {
        let result = try read(input)
        let annotations = annotate(result.document)
        return resolver.graph(
            for: result.document, annotations: annotations, path: path, warnings: result.warnings + annotations.warnings)
    }
}
