/// A whole query as written: `[EXPLAIN] query`.
public struct Statement: Hashable, Sendable {
    public var query: UnionQuery
    /// True when the query starts with EXPLAIN: show the SQL and SQLite's plan, run nothing.
    public var explain: Bool
    public var range: SourceRange
}
