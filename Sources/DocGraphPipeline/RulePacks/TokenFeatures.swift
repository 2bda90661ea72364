import DocGraphKit

/// The attributes of one token that patterns test, computed once per token, with Python's string
/// rules (`isdigit`, `istitle`, ...) so patterns written for spaCy behave the same.
struct TokenFeatures: Sendable {
    let orth: String
    let lower: String
    let length: Int
    let isAlpha: Bool
    let isDigit: Bool
    let isLower: Bool
    let isUpper: Bool
    let isTitle: Bool
    let isPunct: Bool

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        orth = text
        lower = text.lowercased()
        length = scalars.count
        let categories = scalars.map(\.properties.generalCategory)
        isAlpha = !scalars.isEmpty && categories.allSatisfy(TokenFeatures.isLetter)
        isDigit = !scalars.isEmpty && categories.allSatisfy { $0 == .decimalNumber }
        isPunct = !scalars.isEmpty && categories.allSatisfy(TokenFeatures.isPunctuation)
        let cased = categories.filter { $0 == .uppercaseLetter || $0 == .lowercaseLetter || $0 == .titlecaseLetter }
        isLower = !cased.isEmpty && cased.allSatisfy { $0 == .lowercaseLetter }
        isUpper = !cased.isEmpty && cased.allSatisfy { $0 == .uppercaseLetter }
        isTitle = TokenFeatures.isTitleCased(categories)
    }

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
