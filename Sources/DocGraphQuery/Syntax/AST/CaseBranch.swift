/// `WHEN condition THEN value`.
public struct CaseBranch: Hashable, Sendable {
    public var condition: Expression
    public var value: Expression
}
