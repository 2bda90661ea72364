/// `UNWIND expression AS variable`.
public struct UnwindClause: Hashable, Sendable {
    public var expression: Expression
    public var variable: Variable
    public var range: SourceRange
}
