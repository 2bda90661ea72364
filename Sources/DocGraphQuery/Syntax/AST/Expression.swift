/// An expression and where it is written.
public struct Expression: Hashable, Sendable {
    public var kind: ExpressionKind
    public var range: SourceRange

    public init(_ kind: ExpressionKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
