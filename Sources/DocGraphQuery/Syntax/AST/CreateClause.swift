/// `CREATE pattern`.
public struct CreateClause: Hashable, Sendable {
    public var pattern: Pattern
    public var range: SourceRange
}
