/// One variable of a row: its name, SQL column and kind.
struct RowColumn: Hashable, Sendable {
    var variable: String
    var column: String
    var kind: ColumnKind
}
