/// `[DETACH] DELETE expression, ...`.
public struct DeleteClause: Hashable, Sendable {
    public var detach: Bool
    public var expressions: [Expression]
    public var range: SourceRange
}
