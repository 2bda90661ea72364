/// `WITH projection [WHERE expression]`.
public struct WithClause: Hashable, Sendable {
    public var projection: Projection
    public var predicate: Expression?
    public var range: SourceRange
}
