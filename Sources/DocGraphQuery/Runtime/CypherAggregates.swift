import DocGraphStore

/// `count(x)`: rows where x is not null.
struct CountAccumulator: SQLAccumulator {
    var count: Int64 = 0
    init() {}
    mutating func step(_ arguments: [SQLValue]) throws { if arguments.first != .null { count += 1 } }
    func result() throws -> SQLValue { .integer(count) }
}

/// `collect(x)`: the non-null values, in row order.
struct CollectAccumulator: SQLAccumulator {
    var items: [CypherValue] = []
    init() {}
    mutating func step(_ arguments: [SQLValue]) throws {
        let value = try ValueCodec.value(arguments.first ?? .null)
        if !value.isNull { items.append(value) }
    }
    func result() throws -> SQLValue { ValueCodec.sqlValue(.list(items)) }
}

/// `sum(x)`: integers stay integers until a float joins; 0 for no rows.
struct SumAccumulator: SQLAccumulator {
    var integer: Int64 = 0
    var float: Double = 0
    var sawFloat = false
    init() {}
    mutating func step(_ arguments: [SQLValue]) throws {
        switch try ValueCodec.value(arguments.first ?? .null) {
        case .null: return
        case .integer(let value):
            let (sum, overflow) = integer.addingReportingOverflow(value)
            if overflow { throw QueryError.runtime("ArithmeticError", "integer overflow in sum()") }
            integer = sum
        case .float(let value):
            float += value
            sawFloat = true
        case let other: throw QueryError.runtime("TypeError", "sum() needs numbers but got \(other.typeName)")
        }
    }
    func result() throws -> SQLValue { sawFloat ? .real(float + Double(integer)) : .integer(integer) }
}

/// `avg(x)`: a float, null for no rows.
struct AverageAccumulator: SQLAccumulator {
    var total: Double = 0
    var count = 0
    init() {}
    mutating func step(_ arguments: [SQLValue]) throws {
        let value = try ValueCodec.value(arguments.first ?? .null)
        if value.isNull { return }
        guard let number = value.number else {
            throw QueryError.runtime("TypeError", "avg() needs numbers but got \(value.typeName)")
        }
        total += number
        count += 1
    }
    func result() throws -> SQLValue { count == 0 ? .null : .real(total / Double(count)) }
}

/// `min(x)` and `max(x)` by Cypher's ordering, ignoring nulls.
struct ExtremeAccumulator<Direction: ExtremeDirection>: SQLAccumulator {
    var best: (key: [UInt8], value: SQLValue)?
    init() {}
    mutating func step(_ arguments: [SQLValue]) throws {
        let raw = arguments.first ?? .null
        let value = try ValueCodec.value(raw)
        if value.isNull { return }
        let key = value.sortKey
        if let current = best, !Direction.prefers(key, over: current.key) { return }
        best = (key, raw)
    }
    func result() throws -> SQLValue { best?.value ?? .null }
}

/// Which end of the ordering an ``ExtremeAccumulator`` keeps.
protocol ExtremeDirection {
    static func prefers(_ key: [UInt8], over other: [UInt8]) -> Bool
}

enum Smallest: ExtremeDirection {
    static func prefers(_ key: [UInt8], over other: [UInt8]) -> Bool { key.lexicographicallyPrecedes(other) }
}

enum Largest: ExtremeDirection {
    static func prefers(_ key: [UInt8], over other: [UInt8]) -> Bool { other.lexicographicallyPrecedes(key) }
}
