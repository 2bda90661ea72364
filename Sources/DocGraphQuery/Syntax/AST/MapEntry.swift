/// `key: value` in a map literal.
public struct MapEntry: Hashable, Sendable {
    public var key: Name
    public var value: Expression
}
