/// What a linker adds to the graph; it replaces the linker's previous result as a whole.
public struct LinkResult: Sendable {
    public var nodes: [GraphNode]
    public var relationships: [GraphRelationship]
    public var warnings: [String]

    public init(nodes: [GraphNode] = [], relationships: [GraphRelationship] = [], warnings: [String] = []) {
        self.nodes = nodes
        self.relationships = relationships
        self.warnings = warnings
    }
}
