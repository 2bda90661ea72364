/// `[OPTIONAL] MATCH pattern [WHERE expression]`.
public struct MatchClause: Hashable, Sendable {
    public var optional: Bool
    public var pattern: Pattern
    public var predicate: Expression?
    public var range: SourceRange
}
