import DocGraphStore

/// SQL text and its arguments. Every value (literal, parameter, label, property key) is an
/// argument referenced as `?N`; the text holds only the query's structure.
public struct SQLStatement: Sendable, Equatable {
    public var sql: String
    public var arguments: [SQLValue]

    public init(sql: String, arguments: [SQLValue]) {
        self.sql = sql
        self.arguments = arguments
    }
}
