import DocGraphKit

/// What the row of a node inserted by the current write session holds, kept in memory so the
/// session does not read back what it has just written: the node's sources, tally, mentions
/// and search text can only be those the session wrote itself.
struct FreshNode {
    /// The owner the node was inserted with.
    var owner: String?
    /// The stored properties and tally, as last written.
    var properties: String
    var tally: String?
    /// The documents this session gave the node a source in.
    var documents: Set<Int64> = []
    /// The quotes of the node's mentions, in the order they were inserted (and so of their ids).
    var quotes: [String] = []
    /// The node's search text as stored, `nil` while it has none.
    var searchText: String?
    /// The merged properties, while the stored properties and tally are what
    /// ``GraphWriteSession/finish()`` would write: set when the node is inserted with its one
    /// source, cleared by any change.
    var settled: Properties?
}
