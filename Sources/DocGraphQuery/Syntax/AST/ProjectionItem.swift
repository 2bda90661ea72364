/// `expression [AS alias]`; `name` is the alias, or the expression's text as written.
public struct ProjectionItem: Hashable, Sendable {
    public var expression: Expression
    public var alias: Variable?
    /// The column name: the alias, or the expression's text as written.
    public var name: String
    public var range: SourceRange
}
