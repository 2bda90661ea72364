import DocGraphKit

/// A file after reading and extraction, before it is written: either nothing to write (with
/// the reason) or the graph to store.
enum PreparedFile: Sendable {
    case done(FileOutcome)
    case graph(DocumentGraph, path: String)
}
