/// A statement the binder checked: every variable defined before use and used as one kind of
/// thing, aggregates where they may be, writes only where allowed. The compiler's input.
public struct BoundQuery: Sendable {
    public let statement: Statement
    public let source: Source
    /// Unknown labels, types and properties, each listing the known ones.
    public let warnings: [QueryWarning]
    /// True when the query holds a write clause (CREATE, MERGE, SET, REMOVE, DELETE).
    public let isWriting: Bool
    /// The names of the result's columns, in order; empty for a query that returns nothing.
    public let columns: [String]
}
