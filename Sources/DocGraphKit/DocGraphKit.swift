/// DocGraphKit is the plugin SDK of docgraph.
///
/// It owns the values every stage hands on (``Document``, ``Block``, ``TextRange``,
/// ``Sentence``, ``Token``, ``Mention``, ``Fact``, ``Annotations``), the plugin contracts
/// (``DocumentReader``, ``Extractor``, ``Linker`` and their ``PluginManifest``), the shape of one
/// document's contribution to the graph (``DocumentGraph``), what a linker may read of the graph
/// (``GraphReading``), and the text analysis every plugin shares. It imports Foundation only.
public enum DocGraphKit {
    /// The version of the plugin SDK; external plugins see it in the protocol's hello message.
    public static let version = "0.1.0"
}
