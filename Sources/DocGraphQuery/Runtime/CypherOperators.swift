import Foundation

/// Cypher's operators on values, with its null semantics: a null operand gives null, except
/// where three-valued logic decides (`false AND null` is false, `true OR null` is true).
enum CypherOperators {
    static func typeError(_ message: String) -> QueryError {
        .runtime("TypeError", message)
    }

    static func boolean(_ value: CypherValue, for op: String) throws(QueryError) -> Bool? {
        switch value {
        case .null: return nil
        case .boolean(let flag): return flag
        default: throw typeError("\(op) expects a boolean but got \(value.typeName)")
        }
    }

    static func and(_ a: CypherValue, _ b: CypherValue) throws(QueryError) -> CypherValue {
        let x = try boolean(a, for: "AND"), y = try boolean(b, for: "AND")
        if x == false || y == false { return .boolean(false) }
        if x == nil || y == nil { return .null }
        return .boolean(true)
    }

    static func or(_ a: CypherValue, _ b: CypherValue) throws(QueryError) -> CypherValue {
        let x = try boolean(a, for: "OR"), y = try boolean(b, for: "OR")
        if x == true || y == true { return .boolean(true) }
        if x == nil || y == nil { return .null }
        return .boolean(false)
    }

    static func xor(_ a: CypherValue, _ b: CypherValue) throws(QueryError) -> CypherValue {
        guard let x = try boolean(a, for: "XOR"), let y = try boolean(b, for: "XOR") else { return .null }
        return .boolean(x != y)
    }

    static func not(_ a: CypherValue) throws(QueryError) -> CypherValue {
        guard let x = try boolean(a, for: "NOT") else { return .null }
        return .boolean(!x)
    }

    static func compare(_ op: BinaryOperator, _ a: CypherValue, _ b: CypherValue) -> CypherValue {
        switch op {
        case .equal: return a.equals(b).map(CypherValue.boolean) ?? .null
        case .notEqual: return a.equals(b).map { .boolean(!$0) } ?? .null
        default: break
        }
        guard let order = a.compare(b) else { return .null }
        if order == .unordered { return .boolean(false) }
        switch op {
        case .less: return .boolean(order == .less)
        case .lessOrEqual: return .boolean(order != .greater)
        case .greater: return .boolean(order == .greater)
        default: return .boolean(order != .less)
        }
    }

    static func add(_ a: CypherValue, _ b: CypherValue) throws(QueryError) -> CypherValue {
        switch (a, b) {
        case (.list(let x), .list(let y)): return .list(x + y)
        case (.list(let x), _): return .list(x + [b])
        case (_, .list(let y)): return .list([a] + y)
        case (.null, _), (_, .null): return .null
        case (.string(let x), .string(let y)): return .string(x + y)
        case (.string(let x), .integer), (.string(let x), .float): return .string(x + CypherFunctions.text(of: b))
        case (.integer, .string), (.float, .string):
            if case .string(let y) = b { return .string(CypherFunctions.text(of: a) + y) }
            return .null
        default:
            return try arithmetic("+", a, b, integer: { $0.addingReportingOverflow($1) }, float: +)
        }
    }

    static func arithmetic(
        _ symbol: String, _ a: CypherValue, _ b: CypherValue,
        integer: (Int64, Int64) -> (partialValue: Int64, overflow: Bool),
        float: (Double, Double) -> Double
    ) throws(QueryError) -> CypherValue {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.integer(let x), .integer(let y)):
            let result = integer(x, y)
            if result.overflow { throw QueryError.runtime("ArithmeticError", "integer overflow in \(x) \(symbol) \(y)") }
            return .integer(result.partialValue)
        default:
            guard let x = a.number, let y = b.number else {
                throw typeError("cannot apply \(symbol) to \(a.typeName) and \(b.typeName)")
            }
            return .float(float(x, y))
        }
    }

    static func binary(_ op: BinaryOperator, _ a: CypherValue, _ b: CypherValue) throws(QueryError) -> CypherValue {
        switch op {
        case .add: return try add(a, b)
        case .subtract: return try arithmetic("-", a, b, integer: { $0.subtractingReportingOverflow($1) }, float: -)
        case .multiply: return try arithmetic("*", a, b, integer: { $0.multipliedReportingOverflow(by: $1) }, float: *)
        case .divide:
            if case .integer = a, case .integer(0) = b { throw QueryError.runtime("ArithmeticError", "division by zero") }
            return try arithmetic("/", a, b, integer: { $0.dividedReportingOverflow(by: $1) }, float: /)
        case .modulo:
            if case .integer = a, case .integer(0) = b { throw QueryError.runtime("ArithmeticError", "division by zero") }
            return try arithmetic("%", a, b, integer: { $0.remainderReportingOverflow(dividingBy: $1) },
                                  float: { fmod($0, $1) })
        case .power:
            if a.isNull || b.isNull { return .null }
            guard let x = a.number, let y = b.number else { throw typeError("cannot apply ^ to \(a.typeName) and \(b.typeName)") }
            return .float(pow(x, y))
        case .and: return try and(a, b)
        case .or: return try or(a, b)
        case .xor: return try xor(a, b)
        case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual: return compare(op, a, b)
        case .startsWith, .endsWith, .contains:
            guard case .string(let x) = a, case .string(let y) = b else { return .null }
            switch op {
            case .startsWith: return .boolean(x.unicodeScalars.starts(with: y.unicodeScalars))
            case .endsWith: return .boolean(x.unicodeScalars.reversed().starts(with: y.unicodeScalars.reversed()))
            default: return .boolean(y.isEmpty || x.range(of: y) != nil)
            }
        case .matches: return try matches(a, b)
        case .in: return try contained(a, in: b)
        }
    }

    static func negate(_ a: CypherValue) throws(QueryError) -> CypherValue {
        switch a {
        case .null: return .null
        case .integer(let x):
            guard x != .min else { throw QueryError.runtime("ArithmeticError", "integer overflow in -(\(x))") }
            return .integer(-x)
        case .float(let x): return .float(-x)
        default: throw typeError("cannot negate \(a.typeName)")
        }
    }

    static func contained(_ a: CypherValue, in b: CypherValue) throws(QueryError) -> CypherValue {
        guard case .list(let items) = b else {
            if b.isNull { return .null }
            throw typeError("IN expects a list but got \(b.typeName)")
        }
        var unknown = false
        for item in items {
            switch a.equals(item) {
            case true?: return .boolean(true)
            case nil: unknown = true
            default: break
            }
        }
        return unknown ? .null : .boolean(false)
    }

    static func matches(_ a: CypherValue, _ b: CypherValue) throws(QueryError) -> CypherValue {
        guard case .string(let text) = a, case .string(let pattern) = b else { return .null }
        guard let regex = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.dotMatchesLineSeparators]) else {
            throw QueryError.runtime("InvalidRegularExpression", "invalid regular expression '\(pattern)'")
        }
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return .boolean(regex.firstMatch(in: text, options: [], range: range) != nil)
    }
}
