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

    /// How far, as a share of the relationships counted last time, the graph may grow or
    /// shrink before ``plannerStatisticsAreStale()`` says so: the planner weighs indexes by
    /// ratios, which a small batch hardly moves, while gathering statistics reads the
    /// relationship indexes whole (seconds on a large store).
    static let plannerStatisticsTolerance = 0.1

    /// True when there are no planner statistics, or the relationships they counted differ by
    /// more than a tenth from the relationships stored now (kept by the store's own counts, so
    /// this reads a handful of rows however large the graph is).
    public func plannerStatisticsAreStale() throws -> Bool {
        try database.read { db in
            guard try db.tableExists("sqlite_stat1"),
                  let stat = try String.fetchOne(db, sql: "SELECT stat FROM sqlite_stat1 WHERE idx = 'relationship_type'"),
                  let counted = stat.split(separator: " ").first.flatMap({ Int($0) })
            else { return true }
            let stored = try Int.fetchOne(db, sql: "SELECT coalesce(sum(count), 0) FROM relationship_type_count") ?? 0
            return Double(abs(stored - counted)) > Self.plannerStatisticsTolerance * Double(counted)
        }
    }
}
