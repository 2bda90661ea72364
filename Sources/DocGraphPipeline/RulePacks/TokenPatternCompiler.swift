import DocGraphKit
import Foundation

/// Compiles a token pattern, spaCy's list of token objects, into ``TokenStep``s.
///
/// A token object maps attributes (``TokenAttribute``) to a value or to an object of tests:
/// `REGEX`, `IN`, `NOT_IN`, and for `LENGTH` also `==`, `!=`, `>=`, `<=`, `>`, `<`; `OP` gives how
/// often the token may occur. `{}` is any one token.
enum TokenPatternCompiler {
    /// The largest count an `OP` such as `{2,5}` may give.
    static let largestCount = 50

    static func compile(_ tokens: [PropertyValue]) throws(RuleProblem) -> [TokenStep] {
        guard !tokens.isEmpty else { throw RuleProblem("the pattern has no tokens") }
        var steps: [TokenStep] = []
        for (index, token) in tokens.enumerated() {
            let position = "token \(index + 1)"
            guard case .map(let object) = token else { throw RuleProblem("\(position) is not an object") }
            var tests: [TokenTest] = []
            for name in object.keys.sorted() where name != "OP" {
                guard let attribute = TokenAttribute(rawValue: name), let value = object[name] else {
                    throw RuleProblem("\(position): unknown attribute '\(name)'; use one of "
                        + (TokenAttribute.names + ["OP"]).joined(separator: ", "))
                }
                tests += try compileTests(attribute, value, position: position)
            }
            steps += try expand(object["OP"], tests: tests, position: position)
        }
        guard steps.contains(where: { !$0.canBeSkipped }) else {
            throw RuleProblem("the pattern can match no token at all; make at least one token required")
        }
        return steps
    }

    /// The steps one token object stands for, by its `OP`.
    private static func expand(
        _ op: PropertyValue?, tests: [TokenTest], position: String
    ) throws(RuleProblem) -> [TokenStep] {
        func steps(_ repetition: TokenStep.Repetition, _ count: Int = 1, negated: Bool = false) -> [TokenStep] {
            Array(repeating: TokenStep(tests: tests, negated: negated, repetition: repetition), count: count)
        }
        guard let op else { return steps(.one) }
        guard case .string(let text) = op else {
            throw RuleProblem("\(position): OP must be a text; \(PatternLineParser.operatorHelp)")
        }
        switch text {
        case "?": return steps(.optional)
        case "*": return steps(.any)
        case "+": return steps(.one) + steps(.any)
        case "!": return steps(.one, negated: true)
        default:
            guard let (low, high) = counts(in: text) else {
                throw RuleProblem("\(position): unknown OP '\(text)'; \(PatternLineParser.operatorHelp)")
            }
            guard let high else { return steps(.one, low) + steps(.any) }
            return steps(.one, low) + steps(.optional, high - low)
        }
    }

    /// The bounds of `{n}`, `{n,m}`, `{n,}` or `{,m}`; `nil` upper bound for "no limit".
    private static func counts(in text: String) -> (Int, Int?)? {
        guard text.hasPrefix("{"), text.hasSuffix("}"), text.count > 2 else { return nil }
        let inside = text.dropFirst().dropLast()
        let parts = inside.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        func number(_ part: String) -> Int? {
            guard let value = Int(part), (0...largestCount).contains(value) else { return nil }
            return value
        }
        switch parts.count {
        case 1:
            guard let exact = number(parts[0]), exact > 0 else { return nil }
            return (exact, exact)
        case 2:
            let low = parts[0].isEmpty ? 0 : number(parts[0])
            let high = parts[1].isEmpty ? nil : number(parts[1])
            guard let low, parts[1].isEmpty || (high.map { $0 >= low && $0 > 0 } ?? false) else { return nil }
            return (low, high)
        default:
            return nil
        }
    }

    /// The tests one attribute of a token object asks for.
    private static func compileTests(
        _ attribute: TokenAttribute, _ value: PropertyValue, position: String
    ) throws(RuleProblem) -> [TokenTest] {
        let name = "\(position): \(attribute.rawValue)"
        guard case .map(let predicates) = value else {
            return [TokenTest(attribute: attribute, predicate: .equals(try checked(value, for: attribute, name)))]
        }
        guard !predicates.isEmpty else { throw RuleProblem("\(name) has an empty object of tests") }
        var tests: [TokenTest] = []
        for key in predicates.keys.sorted() {
            guard let argument = predicates[key] else { continue }
            tests.append(TokenTest(attribute: attribute, predicate: try predicate(key, argument, attribute, name)))
        }
        return tests
    }

    private static func predicate(
        _ key: String, _ argument: PropertyValue, _ attribute: TokenAttribute, _ name: String
    ) throws(RuleProblem) -> TokenTest.Predicate {
        let numeric = attribute.valueKind == .number
        switch key {
        case "IN", "NOT_IN":
            guard case .list(let items) = argument else { throw RuleProblem("\(name): \(key) takes a list") }
            var values: Set<PropertyValue> = []
            for item in items { values.insert(try checked(item, for: attribute, "\(name) \(key)")) }
            return key == "IN" ? .isIn(values) : .isNotIn(values)
        case "REGEX":
            guard attribute.valueKind == .text else {
                throw RuleProblem("\(name): REGEX applies only to ORTH, TEXT and LOWER")
            }
            guard case .string(let source) = argument else { throw RuleProblem("\(name): REGEX takes a text") }
            do {
                return .regex(try NSRegularExpression(pattern: source))
            } catch {
                throw RuleProblem("\(name): REGEX '\(source)' is not a valid regular expression")
            }
        case "==", "!=":
            let expected = try checked(argument, for: attribute, "\(name) \(key)")
            return key == "==" ? .equals(expected) : .notEquals(expected)
        case ">=", "<=", ">", "<":
            guard numeric else { throw unknownTest(key, attribute, name) }
            guard case .int(let bound) = argument else { throw RuleProblem("\(name) \(key) takes a whole number") }
            switch key {
            case ">=": return .atLeast(bound)
            case "<=": return .atMost(bound)
            case ">": return .greaterThan(bound)
            default: return .lessThan(bound)
            }
        default:
            throw unknownTest(key, attribute, name)
        }
    }

    private static func unknownTest(_ key: String, _ attribute: TokenAttribute, _ name: String) -> RuleProblem {
        let allowed = switch attribute.valueKind {
        case .number: "IN, NOT_IN, ==, !=, >=, <=, >, <"
        case .text: "REGEX, IN, NOT_IN, ==, !="
        case .flag: "IN, NOT_IN, ==, !="
        }
        return RuleProblem("\(name): unknown test '\(key)'; use \(allowed)")
    }

    /// A value of the attribute's kind; LOWER values must be lower case, or they could never match.
    private static func checked(
        _ value: PropertyValue, for attribute: TokenAttribute, _ name: String
    ) throws(RuleProblem) -> PropertyValue {
        switch (attribute.valueKind, value) {
        case (.text, .string(let text)):
            if attribute == .lower, text != text.lowercased() {
                throw RuleProblem("\(name) compares with lower-case text, so '\(text)' never matches; write '\(text.lowercased())'")
            }
            return value
        case (.number, .int), (.flag, .bool):
            return value
        case (.text, _): throw RuleProblem("\(name) takes a text")
        case (.number, _): throw RuleProblem("\(name) takes a whole number")
        case (.flag, _): throw RuleProblem("\(name) takes true or false")
        }
    }
}
