/// One document's whole contribution to the graph: the value the pipeline hands the store,
/// which writes it whole or not at all and replaces any earlier version of the same file.
public struct DocumentGraph: Sendable {
    public var document: Document
    public var nodes: [GraphNode]
    public var relationships: [GraphRelationship]
    public var warnings: [String]

    public init(document: Document, nodes: [GraphNode] = [], relationships: [GraphRelationship] = [], warnings: [String] = []) {
        self.document = document
        self.nodes = nodes
        self.relationships = relationships
        self.warnings = warnings
    }
}
