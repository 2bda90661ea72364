/// A path: nodes and the relationships between them, in the order the pattern walks them.
/// `relationships.count == nodes.count - 1`.
public struct CypherPath: Hashable, Sendable {
    public var nodes: [CypherNode]
    public var relationships: [CypherRelationship]

    public init(nodes: [CypherNode], relationships: [CypherRelationship]) {
        self.nodes = nodes
        self.relationships = relationships
    }
}
