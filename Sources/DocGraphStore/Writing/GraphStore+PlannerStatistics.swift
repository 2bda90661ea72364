import GRDB

extension GraphStore {
    /// Rows SQLite samples per index when it gathers statistics: enough for the planner to tell
    /// a name lookup (a few rows) from a relationship type (millions), in milliseconds.
    static let statisticsSampleRows = 1000

    /// The indexes whose statistics are counted over every row, not sampled.
    static let fullyCountedIndexes = ["node_label", "relationship_type", "relationship_start_end", "relationship_end_start"]

    /// Gathers the statistics SQLite's query planner chooses indexes by (`ANALYZE`, sampled;
    /// labels and relationship types counted exactly).
    /// Without them a pattern such as who-met-whom may start from every relationship of a type
    /// instead of the one person named. Ingest, import and bulk loads call it when they finish.
    public func updatePlannerStatistics() throws {
        try write { db in
            try db.execute(sql: "PRAGMA analysis_limit = \(Self.statisticsSampleRows)")
            try db.execute(sql: "ANALYZE")
            // A sample of the first rows sees one label or one type only, and the relationships
            // of the first few nodes: the planner would take the rarest label for as common as
            // the commonest, and a node's neighbours for ten times as many. The indexes patterns
            // are joined through are read whole (about 2 s for 5 million relationships).
            try db.execute(sql: "PRAGMA analysis_limit = 0")
            for index in Self.fullyCountedIndexes { try db.execute(sql: "ANALYZE \(index)") }
        }
    }
}
