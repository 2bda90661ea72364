/// The scalar functions and aggregates compiled queries call, registered together.
///
/// A library is registered once on each connection that runs a session asking for it, and
/// stays registered there: later sessions on that connection find it in place. It is known by
/// identity, so make one and keep it (a `static let`) rather than one per query.
public final class SQLFunctionLibrary: Sendable {
    /// The scalar functions.
    public let functions: [SQLFunction]
    /// The aggregates.
    public let aggregates: [SQLAggregate]

    public init(functions: [SQLFunction], aggregates: [SQLAggregate] = []) {
        self.functions = functions
        self.aggregates = aggregates
    }
}
