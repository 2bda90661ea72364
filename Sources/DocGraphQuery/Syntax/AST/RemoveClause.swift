/// `REMOVE item, ...`.
public struct RemoveClause: Hashable, Sendable {
    public var items: [RemoveItem]
    public var range: SourceRange
}
