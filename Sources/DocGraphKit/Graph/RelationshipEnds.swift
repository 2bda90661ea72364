/// The start and end node of a stored relationship, by node id: what a reader needs of a
/// relationship when its type already says what it means (``GraphReading/relationshipEnds(ofType:)``).
public struct RelationshipEnds: Hashable, Sendable {
    public var from: Int64
    public var to: Int64

    public init(from: Int64, to: Int64) {
        self.from = from
        self.to = to
    }
}
