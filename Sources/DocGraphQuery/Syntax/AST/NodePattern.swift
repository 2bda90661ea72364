/// `(variable:Label:... {properties})`.
public struct NodePattern: Hashable, Sendable {
    public var variable: Variable?
    public var labels: [Name]
    /// A map literal (or, where allowed, a parameter).
    public var properties: Expression?
    public var range: SourceRange
}
