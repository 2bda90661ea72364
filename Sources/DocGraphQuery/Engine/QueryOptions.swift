/// How to run a query.
public struct QueryOptions: Sendable {
    /// Refuse any query that would change the graph.
    public var readOnly: Bool

    public init(readOnly: Bool = false) {
        self.readOnly = readOnly
    }
}
