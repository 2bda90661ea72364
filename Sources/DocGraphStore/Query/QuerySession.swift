import Foundation
import GRDB

/// One connection lent to a compiled query for the length of one transaction.
///
/// Obtained from ``GraphStore/withSession(writing:functions:aggregates:_:)``; valid only inside
/// that closure. It runs SQL with bound arguments (never values spliced into the text), explains
/// statements, and offers the curation writes in `QuerySession+Curation.swift`.
public final class QuerySession {
    let database: Database
    /// True when the session runs in a write transaction.
    public let isWriting: Bool
    private let failures: FunctionFailures

    init(database: Database, writing: Bool, functions: [SQLFunction], aggregates: [SQLAggregate]) {
        self.database = database
        self.isWriting = writing
        let failures = FunctionFailures()
        self.failures = failures
        for function in functions {
            database.add(function: DatabaseFunction(function.name, argumentCount: function.argumentCount, pure: true) { values in
                do {
                    return try function.body(values.map(SQLValue.init)).databaseValue
                } catch {
                    failures.record(error)
                    throw error
                }
            })
        }
        for aggregate in aggregates {
            database.add(function: Self.databaseFunction(for: aggregate, type: aggregate.accumulator))
        }
    }

    private static func databaseFunction<A: SQLAccumulator>(for aggregate: SQLAggregate, type: A.Type) -> DatabaseFunction {
        DatabaseFunction(aggregate.name, argumentCount: aggregate.argumentCount, pure: true,
                         aggregate: AccumulatorAdapter<A>.self)
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

/// The first error a registered function threw during a statement, so the caller sees it as
/// thrown rather than as SQLite's text.
private final class FunctionFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var first: (any Error)? { lock.withLock { stored } }
    func record(_ error: any Error) { lock.withLock { if stored == nil { stored = error } } }
    func clear() { lock.withLock { stored = nil } }
}

/// Adapts an ``SQLAccumulator`` to GRDB's aggregate protocol.
private struct AccumulatorAdapter<A: SQLAccumulator>: DatabaseAggregate {
    private var accumulator = A()

    mutating func step(_ dbValues: [DatabaseValue]) throws {
        try accumulator.step(dbValues.map(SQLValue.init))
    }

    func finalize() throws -> (any DatabaseValueConvertible)? {
        try accumulator.result().databaseValue
    }
}
