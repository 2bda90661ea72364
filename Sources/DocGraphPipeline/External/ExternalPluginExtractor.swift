import DocGraphKit

/// An extractor that runs an external program declared in `docgraph.yaml` and speaks JSON lines
/// with it (protocol in docs/plugins.md, schemas in docs/schemas/).
///
/// One long-lived process serves every document of a run, one document at a time. A crash, a
/// time-out, a line that is not a protocol message, a line longer than the limit or an answer
/// for the wrong document is a warning for that document, and the process is restarted for the
/// next. Mentions or facts outside the text are dropped with a warning; the rest of that answer
/// is kept. The plugin's stderr goes to `log` line by line, and its last line is quoted in
/// failure warnings.
public struct ExternalPluginExtractor: Extractor {
    public let configuration: ExternalPluginConfiguration
    private let session: ExternalPluginSession

    /// - Parameter log: receives each line the plugin writes to stderr, prefixed `[<id>] `.
    public init(configuration: ExternalPluginConfiguration, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.configuration = configuration
        self.session = ExternalPluginSession(configuration: configuration, log: log)
    }

    public var manifest: PluginManifest { configuration.manifest }

    /// Never throws: every failure of the plugin is a warning in the returned annotations.
    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        session.run(document, annotations: annotations, options: context.options)
    }

    /// The tail of what the plugin wrote to stderr, bounded by ``ExternalPluginConfiguration/stderrBytes``.
    public var recentStderr: String { session.recentStderr }

    /// Stops the process at the end of a run: closes its stdin and gives it two seconds to exit.
    public func shutdown() {
        session.shutdown()
    }
}
