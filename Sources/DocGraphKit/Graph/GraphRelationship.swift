/// A relationship to write between two nodes, with the evidence that states it.
public struct GraphRelationship: Hashable, Sendable, Codable {
    public var type: String
    public var from: NodeReference
    public var to: NodeReference
    /// Properties beyond the evidence, such as `role` or `title`.
    public var properties: Properties
    public var evidence: Evidence?

    public init(type: String, from: NodeReference, to: NodeReference, properties: Properties = [:], evidence: Evidence? = nil) {
        self.type = type
        self.from = from
        self.to = to
        self.properties = properties
        self.evidence = evidence
    }
}
