/// A plugin that turns a file's bytes into a ``Document`` with blocks.
///
/// Every reader produces the same shape of document, so extractors never know the source format.
/// A reader must be deterministic, keep every block inside the text, and throw ``ReadError``
/// (never crash) on input it cannot read.
public protocol DocumentReader: Sendable {
    var manifest: PluginManifest { get }
    /// The format name documents read by this reader carry, such as `html`.
    var format: String { get }
    /// How well the reader fits a file, 0 (not at all) to 100, from its extension and a look at
    /// its first bytes. The pipeline picks the highest; content beats extension.
    func fitness(for input: ReaderInput) -> Int
    func read(_ input: ReaderInput) throws -> ReadResult
}
