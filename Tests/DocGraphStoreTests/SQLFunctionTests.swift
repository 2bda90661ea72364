@testable import DocGraphStore
import DocGraphTestSupport
import Foundation
import Testing

/// Functions and aggregates registered through SQLite's C interface: every kind of value
/// reaches a function and comes back unchanged, a thrown error reaches the caller as thrown,
/// and a library is registered once per connection.
@Suite struct SQLFunctionTests {
    /// The error the test functions throw.
    struct Refusal: Error, Equatable {
        let reason: String
    }

    /// A value's kind and bytes, so that embedded NUL bytes and empty values show.
    static func describe(_ value: SQLValue) -> String {
        func hex(_ bytes: some Sequence<UInt8>) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        switch value {
        case .null: return "null"
        case .integer(let int): return "integer \(int)"
        case .real(let double): return "real \(double)"
        case .text(let text): return "text \(hex(text.utf8))"
        case .blob(let bytes): return "blob \(hex(bytes))"
        }
    }

    /// Sums integers; throws on anything else.
    struct Total: SQLAccumulator {
        var sum: Int64 = 0
        init() {}
        mutating func step(_ arguments: [SQLValue]) throws {
            guard case .integer(let value) = arguments[0] else { throw Refusal(reason: "not an integer: \(SQLFunctionTests.describe(arguments[0]))") }
            sum += value
        }
        func result() throws -> SQLValue { .integer(sum) }
    }

    static let library = SQLFunctionLibrary(
        functions: [
            SQLFunction(name: "echo", argumentCount: 1) { arguments in arguments[0] },
            SQLFunction(name: "describe", argumentCount: nil) { arguments in
                .text(arguments.map(describe).joined(separator: ", "))
            },
            SQLFunction(name: "utf8", argumentCount: 1) { arguments in
                arguments.withUTF8(at: 0) { bytes in .text(describe(.blob(Array(bytes)))) } ?? .text("not text")
            },
            SQLFunction(name: "make", argumentCount: 1) { arguments in
                switch arguments[0] {
                case .text("nul"): return .text("a\u{0}b")
                case .text("empty text"): return .text("")
                case .text("empty blob"): return .blob([])
                case .text("long"): return .text(String(repeating: "ü", count: 1000))
                default: return .null
                }
            },
            SQLFunction(name: "refuse", argumentCount: 1) { arguments in
                if case .integer(let value) = arguments[0], value > 1 { throw Refusal(reason: "refused \(value)") }
                return arguments[0]
            },
            SQLFunction(name: "which", argumentCount: 0) { _ in .text("first") },
        ],
        aggregates: [SQLAggregate(name: "total_of", argumentCount: 1, accumulator: Total.self)])

    static let other = SQLFunctionLibrary(functions: [SQLFunction(name: "which", argumentCount: 0) { _ in .text("second") }])

    func values(_ sql: String, in store: GraphStore, library: SQLFunctionLibrary = library) throws -> [SQLValue] {
        try store.withSession(writing: false, library: library) { session in try session.rows(sql).rows.flatMap { $0 } }
    }

    @Test func everyKindOfArgumentReachesTheFunctionAsSQLiteHoldsIt() throws {
        let store = try GraphStore.inMemory()
        let described = try values("""
            SELECT describe(NULL, 42, -9223372036854775808, 1.5, 'héllo ✓', '', CAST(x'610062' AS TEXT), x'00ff10', x'')
            """, in: store)
        #expect(described == [.text("null, integer 42, integer -9223372036854775808, real 1.5, text 68c3a96c6c6f20e29c93, "
                                    + "text , text 610062, blob 00ff10, blob ")])
        let read = try values("SELECT utf8('héllo'), utf8(''), utf8(CAST(x'610062' AS TEXT)), utf8(x'61'), utf8(7), utf8(NULL)",
                              in: store)
        #expect(read == [.text("blob 68c3a96c6c6f"), .text("blob "), .text("blob 610062"), .text("not text"),
                         .text("not text"), .text("not text")])
    }

    @Test func everyKindOfResultComesBackUnchanged() throws {
        let store = try GraphStore.inMemory()
        let echoed = try values("""
            SELECT echo(NULL), echo(42), echo(-9223372036854775808), echo(1.5), echo('héllo ✓'), echo(''), echo(x'00ff10'), echo(x'')
            """, in: store)
        #expect(echoed == [.null, .integer(42), .integer(Int64.min), .real(1.5), .text("héllo ✓"), .text(""),
                           .blob([0x00, 0xFF, 0x10]), .blob([])])
        let kinds = try values("""
            SELECT typeof(echo('')), typeof(echo(x'')), hex(echo(CAST(x'610062' AS TEXT))),
                   typeof(make('empty text')), typeof(make('empty blob')), length(make('empty blob')), hex(make('nul')),
                   length(make('long')), typeof(make('other'))
            """, in: store)
        #expect(kinds == [.text("text"), .text("blob"), .text("610062"), .text("text"), .text("blob"), .integer(0),
                          .text("610062"), .integer(1000), .text("null")])
    }

    @Test func aThrownErrorReachesTheCallerUnchanged() throws {
        let store = try GraphStore.inMemory()
        try store.withSession(writing: false, library: Self.library) { session throws -> Void in
            #expect(throws: Refusal(reason: "refused 2")) {
                try session.rows("SELECT refuse(column1) FROM (VALUES (1), (2), (3)) ORDER BY column1")
            }
            // The next statement starts afresh: it succeeds, and another failure is its own.
            #expect(try session.rows("SELECT refuse(1)").rows == [[.integer(1)]])
            #expect(throws: Refusal(reason: "refused 5")) { try session.execute("SELECT refuse(5)") }
            #expect(throws: StoreError.database(message: "wrong number of arguments to function echo()")) {
                try session.rows("SELECT echo(1, 2)")
            }
        }
    }

    @Test func anAggregateAccumulatesEachGroup() throws {
        let store = try GraphStore.inMemory()
        let totals = try values("""
            SELECT column1, total_of(column2) FROM (VALUES ('a', 1), ('b', 2), ('a', 3), ('b', 4), ('a', 5))
            GROUP BY column1 ORDER BY column1
            """, in: store)
        #expect(totals == [.text("a"), .integer(9), .text("b"), .integer(6)])
        #expect(try values("SELECT total_of(v) FROM (SELECT 1 AS v) WHERE v > 1", in: store) == [.integer(0)])
        try store.withSession(writing: false, library: Self.library) { session throws -> Void in
            #expect(throws: Refusal(reason: "not an integer: text 78")) {
                try session.rows("SELECT total_of(column1) FROM (VALUES (1), ('x'), (2))")
            }
        }
    }

    @Test func aLibraryIsRegisteredOncePerConnection() throws {
        let store = try GraphStore.inMemory()
        let first = try store.withSession(writing: false, library: Self.library) { session in ObjectIdentifier(session.functions) }
        let again = try store.withSession(writing: true) { session in ObjectIdentifier(session.functions) }
        #expect(first == again)
        // Another library replaces the functions of the same name, and the first comes back when asked for.
        #expect(try values("SELECT which()", in: store) == [.text("first")])
        #expect(try values("SELECT which()", in: store, library: Self.other) == [.text("second")])
        #expect(try values("SELECT which()", in: store) == [.text("first")])
    }

    @Test func connectionsOfAPoolRunFunctionsAtOnce() throws {
        let folder = try SharedPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore.open(at: folder.appendingPathComponent("store.sqlite").path)
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let sum = try? store.withSession(writing: index.isMultiple(of: 4), library: Self.library) { session in
                try session.rows("""
                    WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 1000)
                    SELECT total_of(echo(value)) FROM n
                    """).rows
            }
            results.append(sum)
        }
        #expect(results.all == Array(repeating: [[SQLValue.integer(500_500)]], count: 8))
    }

    /// What the concurrent sessions returned.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [[[SQLValue]]?] = []
        var all: [[[SQLValue]]?] { lock.withLock { values } }
        func append(_ value: [[SQLValue]]?) { lock.withLock { values.append(value) } }
    }
}
