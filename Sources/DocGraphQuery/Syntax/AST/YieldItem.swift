/// `field [AS variable]` after YIELD.
public struct YieldItem: Hashable, Sendable {
    public var field: Name
    public var variable: Variable
}
