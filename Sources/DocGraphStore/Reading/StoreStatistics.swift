/// Counts that describe a store: documents, nodes by label, relationships by type.
public struct StoreStatistics: Hashable, Sendable, Codable {
    public var documents: Int
    public var nodes: Int
    public var relationships: Int
    /// Label → node count, for every label in use.
    public var nodesByLabel: [String: Int]
    /// Type → relationship count, for every type in use.
    public var relationshipsByType: [String: Int]

    public init(documents: Int, nodes: Int, relationships: Int, nodesByLabel: [String: Int], relationshipsByType: [String: Int]) {
        self.documents = documents
        self.nodes = nodes
        self.relationships = relationships
        self.nodesByLabel = nodesByLabel
        self.relationshipsByType = relationshipsByType
    }
}
