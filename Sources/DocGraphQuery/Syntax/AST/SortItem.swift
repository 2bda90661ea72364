/// `expression [ASC | DESC]` in ORDER BY.
public struct SortItem: Hashable, Sendable {
    public var expression: Expression
    public var descending: Bool
    public var range: SourceRange
}
