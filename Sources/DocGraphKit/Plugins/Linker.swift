/// A plugin that runs after a batch over the whole graph and adds cross-document nodes and
/// relationships, such as follow-ups of earlier commitments.
///
/// A linker's output replaces its previous output as a whole, so it must compute everything
/// from the graph it is given.
public protocol Linker: Sendable {
    var manifest: PluginManifest { get }
    func link(graph: any GraphReading, context: ExtractionContext) throws -> LinkResult
}
