/// A node to write: a resolved entity or an event of one document, with every mention as evidence.
public struct GraphNode: Hashable, Sendable, Codable {
    /// Unique within its ``DocumentGraph`` or ``LinkResult``.
    public var localID: String
    public var labels: [String]
    public var properties: Properties
    /// Resolution key: nodes with the same key are one node across documents (`Person|philip
    /// seccombe`). `nil` for nodes that belong to one document only, such as a Meeting.
    public var key: String?
    /// Every place the node is mentioned.
    public var mentions: [Evidence]

    public init(localID: String, labels: [String], properties: Properties, key: String? = nil, mentions: [Evidence] = []) {
        self.localID = localID
        self.labels = labels
        self.properties = properties
        self.key = key
        self.mentions = mentions
    }
}
