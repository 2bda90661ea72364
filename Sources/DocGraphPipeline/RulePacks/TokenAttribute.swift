/// The token attributes a rule pack's token patterns may test, named as spaCy's Matcher names them.
enum TokenAttribute: String, CaseIterable, Sendable {
    /// The exact text (spaCy's ORTH and TEXT are the same here).
    case orth = "ORTH"
    case text = "TEXT"
    /// The text in lower case.
    case lower = "LOWER"
    /// The number of Unicode scalars (Python's `len`).
    case length = "LENGTH"
    case isAlpha = "IS_ALPHA"
    case isDigit = "IS_DIGIT"
    case isLower = "IS_LOWER"
    case isUpper = "IS_UPPER"
    case isTitle = "IS_TITLE"
    case isPunct = "IS_PUNCT"

    /// The kind of value the attribute holds, which decides what a pattern may compare it with.
    enum ValueKind {
        case text, number, flag
    }

    var valueKind: ValueKind {
        switch self {
        case .orth, .text, .lower: return .text
        case .length: return .number
        case .isAlpha, .isDigit, .isLower, .isUpper, .isTitle, .isPunct: return .flag
        }
    }

    /// The names a pattern may use, in the order error messages list them.
    static let names = allCases.map(\.rawValue)
}
