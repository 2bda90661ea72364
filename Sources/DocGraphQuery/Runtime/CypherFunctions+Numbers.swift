import Foundation

extension CypherFunctions {
    static let numericFunctions: [CypherFunction] = [
        CypherFunction(name: "abs", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .integer(let int): return int == .min ? .float(-Double(int)) : .integer(abs(int))
            case .float(let double): return .float(abs(double))
            default: throw argumentError("abs", args[0])
            }
        },
        float("ceil") { $0.rounded(.up) },
        float("floor") { $0.rounded(.down) },
        float("round") { $0.rounded(.toNearestOrAwayFromZero) },
        float("sqrt") { $0.squareRoot() },
        float("exp") { Foundation.exp($0) },
        float("log") { Foundation.log($0) },
        float("log10") { Foundation.log10($0) },
        float("sin") { Foundation.sin($0) },
        float("cos") { Foundation.cos($0) },
        float("tan") { Foundation.tan($0) },
        CypherFunction(name: "sign", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .integer(let int): return .integer(int.signum())
            case .float(let double): return .integer(double > 0 ? 1 : (double < 0 ? -1 : 0))
            default: throw argumentError("sign", args[0])
            }
        },
        CypherFunction(name: "pi", arity: 0...0) { _ throws(QueryError) in .float(Double.pi) },
        CypherFunction(name: "e", arity: 0...0) { _ throws(QueryError) in .float(M_E) },
    ]

    static func float(_ name: String, _ transform: @escaping @Sendable (Double) -> Double) -> CypherFunction {
        CypherFunction(name: name, arity: 1...1) { args throws(QueryError) in
            if args[0].isNull { return .null }
            guard let number = args[0].number else { throw argumentError(name, args[0]) }
            return .float(transform(number))
        }
    }

    static let conversionFunctions: [CypherFunction] = [
        CypherFunction(name: "tostring", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .null: return .null
            case .string, .integer, .float, .boolean: return .string(text(of: args[0]))
            default: throw argumentError("toString", args[0])
            }
        },
        CypherFunction(name: "tointeger", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .integer: return args[0]
            case .float(let double):
                guard double.isFinite, abs(double) < 9.2e18 else { return .null }
                return .integer(Int64(double.rounded(.towardZero)))
            case .string(let text):
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                if let int = Int64(trimmed) { return .integer(int) }
                if let double = Double(trimmed), double.isFinite, abs(double) < 9.2e18 {
                    return .integer(Int64(double.rounded(.towardZero)))
                }
                return .null
            case .null: return .null
            default: throw argumentError("toInteger", args[0])
            }
        },
        CypherFunction(name: "tofloat", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .integer(let int): return .float(Double(int))
            case .float: return args[0]
            case .string(let text): return Double(text.trimmingCharacters(in: .whitespaces)).map(CypherValue.float) ?? .null
            case .null: return .null
            default: throw argumentError("toFloat", args[0])
            }
        },
        CypherFunction(name: "toboolean", arity: 1...1) { args throws(QueryError) in
            switch args[0] {
            case .boolean: return args[0]
            case .string(let text):
                switch text.trimmingCharacters(in: .whitespaces).lowercased() {
                case "true": return .boolean(true)
                case "false": return .boolean(false)
                default: return .null
                }
            case .null: return .null
            default: throw argumentError("toBoolean", args[0])
            }
        },
    ]
}
