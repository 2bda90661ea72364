/// How an expression reaches one variable: an SQL expression and its kind.
struct ScopeEntry: Hashable, Sendable {
    var sql: String
    var kind: ColumnKind
}
