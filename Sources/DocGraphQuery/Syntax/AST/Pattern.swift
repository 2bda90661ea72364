/// Comma-separated pattern parts, as in `MATCH (a)-->(b), (c)`.
public struct Pattern: Hashable, Sendable {
    public var parts: [PatternPart]
    public var range: SourceRange
}
