/// A variable name where it is written.
public struct Variable: Hashable, Sendable {
    public var name: String
    public var range: SourceRange
}
