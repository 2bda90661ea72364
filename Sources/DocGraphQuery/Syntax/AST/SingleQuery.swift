/// A sequence of clauses, e.g. `MATCH ... WHERE ... RETURN ...`.
public struct SingleQuery: Hashable, Sendable {
    public var clauses: [Clause]
    public var range: SourceRange
}
