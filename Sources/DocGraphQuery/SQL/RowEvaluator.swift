import DocGraphStore

/// Expressions evaluated against one row held in memory: the row's values are bound as the
/// first arguments (`?1` ... `?width`) of a `WITH row AS (SELECT ?1 AS c0, ...)` statement.
struct RowEvaluator: Sendable {
    var sql: String
    var arguments: [SQLValue]
    var width: Int

    func statement(for row: [SQLValue]) -> SQLStatement {
        SQLStatement(sql: sql, arguments: Array(row.prefix(width)) + Array(repeating: .null, count: max(0, width - row.count)) + arguments)
    }
}
