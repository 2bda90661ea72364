/// The bounds of a variable-length relationship: `*` (1 to unbounded), `*2`, `*1..3`, `*..5`.
public struct LengthRange: Hashable, Sendable {
    public var minimum: Int
    /// `nil` for no upper bound.
    public var maximum: Int?
}
