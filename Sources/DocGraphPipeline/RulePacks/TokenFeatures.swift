import DocGraphKit

/// The attributes of one token that patterns test, with Python's string rules (`isdigit`,
/// `istitle`, ...) so patterns written for spaCy behave the same.
struct TokenFeatures: Sendable {
    let orth: String
    let lower: String

    /// Only the text and its lower case are kept: phrase rules need nothing else, and the flags
    /// are worked out when a token rule asks for them.
    init(_ text: String) {
        orth = text
        lower = text.lowercased()
    }

    private var categories: [Unicode.GeneralCategory] { orth.unicodeScalars.map(\.properties.generalCategory) }
    private var casedCategories: [Unicode.GeneralCategory] {
        categories.filter { $0 == .uppercaseLetter || $0 == .lowercaseLetter || $0 == .titlecaseLetter }
    }

    var length: Int { orth.unicodeScalars.count }
    var isAlpha: Bool { !orth.isEmpty && categories.allSatisfy(TokenFeatures.isLetter) }
    var isDigit: Bool { !orth.isEmpty && categories.allSatisfy { $0 == .decimalNumber } }
    var isPunct: Bool { !orth.isEmpty && categories.allSatisfy(TokenFeatures.isPunctuation) }
    var isLower: Bool { !casedCategories.isEmpty && casedCategories.allSatisfy { $0 == .lowercaseLetter } }
    var isUpper: Bool { !casedCategories.isEmpty && casedCategories.allSatisfy { $0 == .uppercaseLetter } }
    var isTitle: Bool { TokenFeatures.isTitleCased(categories) }

    /// The value of an attribute, as patterns compare it.
    func value(of attribute: TokenAttribute) -> PropertyValue {
        switch attribute {
        case .orth, .text: return .string(orth)
        case .lower: return .string(lower)
        case .length: return .int(length)
        case .isAlpha: return .bool(isAlpha)
        case .isDigit: return .bool(isDigit)
        case .isLower: return .bool(isLower)
        case .isUpper: return .bool(isUpper)
        case .isTitle: return .bool(isTitle)
        case .isPunct: return .bool(isPunct)
        }
    }

    private static func isLetter(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func isPunctuation(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }

    /// Python's `str.istitle`: upper- and title-case letters only after uncased characters,
    /// lower-case letters only after cased ones, and at least one cased letter.
    private static func isTitleCased(_ categories: [Unicode.GeneralCategory]) -> Bool {
        var previousCased = false
        var sawCased = false
        for category in categories {
            switch category {
            case .uppercaseLetter, .titlecaseLetter:
                if previousCased { return false }
                previousCased = true
                sawCased = true
            case .lowercaseLetter:
                if !previousCased { return false }
                previousCased = true
                sawCased = true
            default:
                previousCased = false
            }
        }
        return sawCased
    }
}
