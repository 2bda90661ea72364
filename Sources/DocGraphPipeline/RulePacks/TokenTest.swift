import DocGraphKit
import Foundation

/// One test of a token pattern's token: an attribute compared with a value, a list or a regular
/// expression, such as `{"LOWER": {"IN": ["council", "board"]}}`.
struct TokenTest: Sendable {
    /// How the attribute's value is compared.
    enum Predicate: Sendable {
        case equals(PropertyValue)
        case notEquals(PropertyValue)
        case isIn(Set<PropertyValue>)
        case isNotIn(Set<PropertyValue>)
        /// Python's `re.search`: the expression may match anywhere in the value.
        case regex(NSRegularExpression)
        case atLeast(Int)
        case atMost(Int)
        case greaterThan(Int)
        case lessThan(Int)
    }

    let attribute: TokenAttribute
    let predicate: Predicate

    func matches(_ token: TokenFeatures) -> Bool {
        let value = token.value(of: attribute)
        switch predicate {
        case .equals(let expected): return value == expected
        case .notEquals(let expected): return value != expected
        case .isIn(let values): return values.contains(value)
        case .isNotIn(let values): return !values.contains(value)
        case .regex(let expression):
            guard let text = value.stringValue else { return false }
            return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        case .atLeast(let bound): return (value.intValue ?? 0) >= bound
        case .atMost(let bound): return (value.intValue ?? 0) <= bound
        case .greaterThan(let bound): return (value.intValue ?? 0) > bound
        case .lessThan(let bound): return (value.intValue ?? 0) < bound
        }
    }
}
