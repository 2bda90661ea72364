/// Which part of the graph an export writes. Empty means everything.
public struct ExportSelection: Sendable, Hashable {
    /// Keep nodes with any of these labels.
    public var labels: [String]
    /// Keep the nodes these documents mention (by file name, path or sha256) and the
    /// relationships they state.
    public var documents: [String]
    /// Keep exactly these nodes and relationships (the result of a query), when set.
    public var nodeIDs: Set<Int64>?
    public var relationshipIDs: Set<Int64>?

    public init(labels: [String] = [], documents: [String] = [], nodeIDs: Set<Int64>? = nil, relationshipIDs: Set<Int64>? = nil) {
        self.labels = labels
        self.documents = documents
        self.nodeIDs = nodeIDs
        self.relationshipIDs = relationshipIDs
    }

    /// True when the whole graph is wanted.
    public var isEverything: Bool { labels.isEmpty && documents.isEmpty && nodeIDs == nil && relationshipIDs == nil }
}
