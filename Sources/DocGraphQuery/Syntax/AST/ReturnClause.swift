/// `RETURN projection`.
public struct ReturnClause: Hashable, Sendable {
    public var projection: Projection
    public var range: SourceRange
}
