/// One or more single queries joined by UNION or UNION ALL.
public struct UnionQuery: Hashable, Sendable {
    public var parts: [SingleQuery]
    /// For each UNION between parts: true for UNION ALL (keep duplicates).
    public var keepsDuplicates: [Bool]
    public var range: SourceRange
}
