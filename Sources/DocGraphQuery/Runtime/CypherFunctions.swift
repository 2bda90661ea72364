import Foundation

/// The value functions of the language, by lower-cased name.
enum CypherFunctions {
    static let all: [String: CypherFunction] = {
        var table: [String: CypherFunction] = [:]
        for function in stringFunctions + listFunctions + numericFunctions + conversionFunctions {
            table[function.name] = function
        }
        return table
    }()

    static func argumentError(_ function: String, _ value: CypherValue) -> QueryError {
        .runtime("InvalidArgumentType", "\(function)() cannot take \(value.typeName)")
    }

    static func string(_ function: String, _ value: CypherValue) throws(QueryError) -> String? {
        switch value {
        case .null: return nil
        case .string(let text): return text
        default: throw argumentError(function, value)
        }
    }

    static func integer(_ function: String, _ value: CypherValue) throws(QueryError) -> Int64? {
        switch value {
        case .null: return nil
        case .integer(let int): return int
        case .float(let double) where double.rounded() == double && abs(double) < 9.2e18: return Int64(double)
        default: throw argumentError(function, value)
        }
    }

    /// `toString` of a scalar.
    static func text(of value: CypherValue) -> String {
        switch value {
        case .string(let text): return text
        case .integer(let int): return String(int)
        case .float(let double): return formatFloat(double)
        case .boolean(let flag): return flag ? "true" : "false"
        default: return CypherLiteralFormat.format(value)
        }
    }

    /// Floats as Cypher prints them: always with a fraction or an exponent.
    static func formatFloat(_ double: Double) -> String {
        if double.isNaN { return "NaN" }
        if double.isInfinite { return double < 0 ? "-Infinity" : "Infinity" }
        let text = "\(double)"
        return text
    }

    static let stringFunctions: [CypherFunction] = [
        unaryString("tolower") { $0.lowercased() },
        unaryString("toupper") { $0.uppercased() },
        unaryString("trim") { $0.trimmingCharacters(in: .whitespaces) },
        unaryString("ltrim") { String($0.drop(while: { $0.isWhitespace })) },
        unaryString("rtrim") { String($0.reversed().drop(while: { $0.isWhitespace }).reversed()) },
        CypherFunction(name: "substring", arity: 2...3) { args throws(QueryError) in
            guard let text = try string("substring", args[0]), let start = try integer("substring", args[1]) else { return .null }
            let scalars = Array(text.unicodeScalars)
            let length = args.count > 2 ? try integer("substring", args[2]) : Int64(scalars.count)
            guard let length else { return .null }
            guard start >= 0, length >= 0 else {
                throw QueryError.runtime("NegativeIntegerArgument", "substring() needs a start and length of 0 or more")
            }
            let from = min(Int(start), scalars.count)
            let to = min(from + Int(min(length, Int64(scalars.count))), scalars.count)
            return .string(String(String.UnicodeScalarView(scalars[from..<to])))
        },
        CypherFunction(name: "left", arity: 2...2) { args throws(QueryError) in
            guard let text = try string("left", args[0]) else { return .null }
            guard let count = try integer("left", args[1]) else { throw argumentError("left", args[1]) }
            guard count >= 0 else { throw QueryError.runtime("NegativeIntegerArgument", "left() needs a length of 0 or more") }
            return .string(String(String.UnicodeScalarView(text.unicodeScalars.prefix(Int(min(count, Int64(Int32.max)))))))
        },
        CypherFunction(name: "right", arity: 2...2) { args throws(QueryError) in
            guard let text = try string("right", args[0]) else { return .null }
            guard let count = try integer("right", args[1]) else { throw argumentError("right", args[1]) }
            guard count >= 0 else { throw QueryError.runtime("NegativeIntegerArgument", "right() needs a length of 0 or more") }
            return .string(String(String.UnicodeScalarView(text.unicodeScalars.suffix(Int(min(count, Int64(Int32.max)))))))
        },
        CypherFunction(name: "replace", arity: 3...3) { args throws(QueryError) in
            guard let text = try string("replace", args[0]), let search = try string("replace", args[1]),
                  let replacement = try string("replace", args[2]) else { return .null }
            return .string(search.isEmpty ? text : text.replacingOccurrences(of: search, with: replacement))
        },
        CypherFunction(name: "split", arity: 2...2) { args throws(QueryError) in
            guard let text = try string("split", args[0]), let separator = try string("split", args[1]) else { return .null }
            if separator.isEmpty { return .list(text.map { .string(String($0)) }) }
            return .list(text.components(separatedBy: separator).map(CypherValue.string))
        },
    ]

    static func unaryString(_ name: String, _ transform: @escaping @Sendable (String) -> String) -> CypherFunction {
        CypherFunction(name: name, arity: 1...1) { args throws(QueryError) in
            guard let text = try string(name, args[0]) else { return .null }
            return .string(transform(text))
        }
    }
}
