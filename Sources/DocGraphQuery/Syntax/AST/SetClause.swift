/// `SET item, ...`.
public struct SetClause: Hashable, Sendable {
    public var items: [SetItem]
    public var range: SourceRange
}
