/// The variables a relation (a common table expression, a temporary table or the single row
/// of a write step) holds, in column order.
struct RowLayout: Hashable, Sendable {
    /// The relation's name in SQL.
    var relation: String
    var columns: [RowColumn]
    /// The column holding the row order an ORDER BY established, if any.
    var orderColumn: String?

    func column(for variable: String) -> RowColumn? {
        columns.first { $0.variable == variable }
    }

    /// The scope that reads this relation's columns.
    var scope: CompilerScope {
        var scope = CompilerScope()
        for column in columns { scope.entries[column.variable] = ScopeEntry(sql: "\(relation).\(column.column)", kind: column.kind) }
        return scope
    }
}
