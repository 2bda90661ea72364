/// One step of a query that writes.
enum CompiledStage: Sendable {
    /// Run SQL producing rows in `layout`. When `input` is set, the rows so far are first
    /// stored in the temporary table that layout names, which the SQL reads.
    case select(SQLStatement, layout: RowLayout, input: RowLayout?)
    /// Apply a write clause to every row, producing rows in `output`.
    case write(WriteStep, output: RowLayout)
}
