import GRDB

extension GraphStore {
    /// Rows SQLite samples per index when it gathers statistics: enough for the planner to tell
    /// a name lookup (a few rows) from a relationship type (millions), in milliseconds.
    static let statisticsSampleRows = 1000

    /// Gathers the statistics SQLite's query planner chooses indexes by (`ANALYZE`, sampled).
    /// Without them a pattern such as who-met-whom may start from every relationship of a type
    /// instead of the one person named. Ingest, import and bulk loads call it when they finish.
    public func updatePlannerStatistics() throws {
        try write { db in
            try db.execute(sql: "PRAGMA analysis_limit = \(Self.statisticsSampleRows)")
            try db.execute(sql: "ANALYZE")
        }
    }
}
