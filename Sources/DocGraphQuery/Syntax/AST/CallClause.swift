/// `CALL namespace.name(arguments) [YIELD item, ... [WHERE expression]]`.
public struct CallClause: Hashable, Sendable {
    /// The procedure's dotted name, e.g. `docgraph.search`.
    public var procedure: String
    public var arguments: [Expression]
    public var yields: [YieldItem]
    public var predicate: Expression?
    public var range: SourceRange
}
