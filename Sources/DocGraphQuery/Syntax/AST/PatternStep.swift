/// One relationship and the node it leads to.
public struct PatternStep: Hashable, Sendable {
    public var relationship: RelationshipPattern
    public var node: NodePattern
}
