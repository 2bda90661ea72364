import GRDB
extension GraphStore {
    /// Lends a connection to a compiled query for one transaction: a write transaction when
    /// `writing`, otherwise a read-only snapshot that refuses any change. The library's
    /// functions and aggregates are registered on that connection first, unless an earlier
    /// session there did so already. Everything `work` does commits together, or not at all
    /// when it throws.
    public func withSession<T>(
        writing: Bool,
        library: SQLFunctionLibrary? = nil,
        _ work: (QuerySession) throws -> T
    ) throws -> T {
        if writing {
            return try write { db in
                try work(QuerySession(database: db, writing: true, library: library, connections: connections))
            }
        }
        return try read { db in
            // Pages are read from the file's mapping, not copied into the connection's cache: a
            // query over millions of rows spends its time on rows, not on read calls.
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mappedBytes)")
            return try work(QuerySession(database: db, writing: false, library: library, connections: connections))
        }
    }
}
