/// DocGraphKit is the plugin SDK of docgraph.
///
/// It owns the values every stage hands on (``Document``, ``Block``, ``TextRange``,
/// ``Sentence``, ``Token``, ``Mention``, ``Fact``, ``Annotations``), the plugin contracts
/// (``DocumentReader``, ``Extractor``, ``Linker`` and their ``PluginManifest``), the shape of one
/// document's contribution to the graph (``DocumentGraph``), what a linker may read of the graph
/// (``GraphReading``), and the text analysis every plugin shares. It imports Foundation only.
///
/// The text analysis (`Text/`) works on UTF-8 offsets (``TextRange``) and scans bytes:
/// ``TextAnalyzer`` gives a document's ``Token``s (``Tokenizer``) and ``Sentence``s
/// (``SentenceSplitter``, with ``Abbreviations`` kept as data) before any extractor runs;
/// ``DateNormaliser`` finds date expressions (``DateExpression``) and resolves them against the
/// document's date; ``DocumentDating`` reads a document's date, kind and title from its leading
/// lines for every reader.
public enum DocGraphKit {
    /// The version of the plugin SDK; external plugins see it in the protocol's hello message.
    public static let version = "0.1.0"
}
