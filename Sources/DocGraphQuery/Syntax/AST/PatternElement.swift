/// A node followed by zero or more (relationship, node) steps.
public struct PatternElement: Hashable, Sendable {
    public var start: NodePattern
    public var steps: [PatternStep]
    public var range: SourceRange

    /// Every node of the element, in order.
    public var nodes: [NodePattern] { [start] + steps.map(\.node) }
}
