/// A scalar SQL function a compiled query calls, registered on the connection that runs it.
///
/// The query language implements its value semantics (Cypher's comparison, arithmetic, lists)
/// in Swift and registers them under fixed names, so the SQL text holds only those names.
/// Every function is registered as deterministic: SQLite may compute a call once for equal
/// arguments.
public struct SQLFunction: Sendable {
    /// The SQL name, e.g. `cy_add`.
    public let name: String
    /// How many arguments it takes; `nil` for any number.
    public let argumentCount: Int?
    /// The function itself, over its arguments as SQLite holds them. A thrown error fails the
    /// statement and reaches the caller unchanged.
    public let body: @Sendable (SQLFunctionArguments) throws -> SQLValue

    public init(name: String, argumentCount: Int?, body: @escaping @Sendable (SQLFunctionArguments) throws -> SQLValue) {
        self.name = name
        self.argumentCount = argumentCount
        self.body = body
    }
}
