/// What a query returned: columns, rows of values (nodes and relationships with their labels,
/// types and properties filled in), warnings, and for EXPLAIN the SQL and SQLite's plan.
public struct QueryResult: Sendable {
    public var columns: [String]
    public var rows: [[CypherValue]]
    public var warnings: [QueryWarning]
    /// Set for EXPLAIN: the SQL each statement runs and SQLite's plan for it.
    public var explanation: String?

    public init(columns: [String], rows: [[CypherValue]], warnings: [QueryWarning] = [], explanation: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.warnings = warnings
        self.explanation = explanation
    }
}
