/// The three places a plugin can stand in the pipeline.
public enum PluginKind: String, Sendable, Codable, Hashable {
    /// Turns a file's bytes into a ``Document``.
    case reader
    /// Reads one document and its annotations, adds mentions and facts.
    case extractor
    /// Reads the whole graph after a batch and adds cross-document nodes and relationships.
    case linker
}
