import GRDB

/// One connection lent to a compiled query for the length of one transaction.
///
/// Obtained from ``GraphStore/withSession(writing:library:_:)``; valid only inside that
/// closure. It runs SQL with bound arguments (never values spliced into the text), explains
/// statements, and offers the curation writes in `QuerySession+Curation.swift`.
public final class QuerySession {
    let database: Database
    /// True when the session runs in a write transaction.
    public let isWriting: Bool
    /// The connection's functions, held for the session: until a library is registered on the
    /// connection, nothing else keeps them.
    let functions: ConnectionFunctions
    private var failures: FunctionFailures { functions.failures }

    init(database: Database, writing: Bool, library: SQLFunctionLibrary?, connections: ConnectionRegistry) throws {
        guard let connection = database.sqliteConnection else {
            throw StoreError.database(message: "the connection is closed")
        }
        self.database = database
        self.isWriting = writing
        functions = connections.functions(of: connection)
        if let library {
            try functions.install(library, on: connection)
        }
    }

    /// Runs a statement and returns every row it produces.
    public func rows(_ sql: String, arguments: [SQLValue] = []) throws -> SQLRows {
        try translatingErrors {
            let statement = try database.makeStatement(sql: sql)
            let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(sqlValues: arguments))
            var rows: [[SQLValue]] = []
            while let row = try cursor.next() {
                rows.append((0..<row.count).map { SQLValue(row[$0] as DatabaseValue) })
            }
            return SQLRows(columns: statement.columnNames, rows: rows)
        }
    }

    /// Runs statements that return no rows.
    public func execute(_ sql: String, arguments: [SQLValue] = []) throws {
        try translatingErrors {
            try database.execute(sql: sql, arguments: StatementArguments(sqlValues: arguments))
        }
    }

    /// SQLite's plan for a statement (`EXPLAIN QUERY PLAN`), one step a line, indented as a tree.
    public func queryPlan(_ sql: String, arguments: [SQLValue] = []) throws -> [String] {
        let plan = try rows("EXPLAIN QUERY PLAN " + sql, arguments: arguments)
        var depth: [Int64: Int] = [0: 0]
        var lines: [String] = []
        for row in plan.rows {
            guard row.count >= 4, case .integer(let id) = row[0], case .integer(let parent) = row[1],
                  case .text(let detail) = row[3] else { continue }
            let level = (depth[parent] ?? 0) + 1
            depth[id] = level
            lines.append(String(repeating: "  ", count: level - 1) + detail)
        }
        return lines
    }

    /// Runs database work, turning SQLite's errors into the caller's own error (for one thrown by
    /// a registered function) or a ``StoreError``.
    func translatingErrors<T>(_ work: () throws -> T) throws -> T {
        failures.clear()
        do {
            return try work()
        } catch let error as DatabaseError {
            if let original = failures.first { throw original }
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                throw StoreError.busy(path: "the store")
            }
            throw StoreError.database(message: error.message ?? "\(error.resultCode)")
        }
    }
}
