/// A node to write: a resolved entity or an event of one document, with every mention as evidence.
public struct GraphNode: Hashable, Sendable, Codable {
    /// Unique within its ``DocumentGraph`` or ``LinkResult``.
    public var localID: String
    public var labels: [String]
    public var properties: Properties
    /// Resolution key: nodes with the same key are one node across documents (`Person|philip
    /// seccombe`). `nil` for nodes that belong to one document only, such as a Meeting.
    public var key: String?
    /// Every place the node is named: the exact words.
    public var mentions: [Evidence]
    /// The passage quoted on the node's MENTIONED_IN relationship, usually the sentence of its
    /// first mention; the first mention itself when `nil`.
    public var evidence: Evidence?

    public init(
        localID: String, labels: [String], properties: Properties, key: String? = nil, mentions: [Evidence] = [],
        evidence: Evidence? = nil
    ) {
        self.localID = localID
        self.labels = labels
        self.properties = properties
        self.key = key
        self.mentions = mentions
        self.evidence = evidence
    }
}
