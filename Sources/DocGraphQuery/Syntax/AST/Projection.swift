/// What RETURN and WITH share: `[DISTINCT] (* | items) [ORDER BY ...] [SKIP n] [LIMIT n]`.
public struct Projection: Hashable, Sendable {
    public var distinct: Bool
    /// True for `*`: every variable in scope, before any listed items.
    public var includesAll: Bool
    public var items: [ProjectionItem]
    public var order: [SortItem]
    public var skip: Expression?
    public var limit: Expression?
    public var range: SourceRange
}
