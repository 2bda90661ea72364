/// The role a Unicode scalar plays when the text analysis scans UTF-8 bytes.
///
/// ASCII is classified from a table; other scalars from their Unicode general category, with
/// the few scalars whose role in English text differs from their category (curly apostrophes,
/// non-breaking hyphens, the en dash between numbers) named explicitly.
enum ScalarClass: UInt8, Sendable {
    case space, letter, digit, mark, apostrophe, hyphen, enDash, period, comma, colon, slash, currency
    case punctuation, symbol

    /// The class of a scalar.
    static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if value < 0x80 { return ascii[Int(value)] }
        switch value {
        case 0x2019, 0x02BC: return .apostrophe
        case 0x2010, 0x2011, 0x00AD: return .hyphen
        case 0x2013: return .enDash
        case 0x200C, 0x200D, 0xFE0F: return .mark
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .decimalNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: return .space
        case .currencySymbol: return .currency
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .otherPunctuation,
             .initialPunctuation, .finalPunctuation:
            return .punctuation
        default: return .symbol
        }
    }

    /// True for classes that can continue a word.
    var isWordPart: Bool { self == .letter || self == .digit || self == .mark }

    private static let ascii: [ScalarClass] = (0..<128).map { value in
        switch Character(Unicode.Scalar(UInt8(value))) {
        case "a"..."z", "A"..."Z": return .letter
        case "0"..."9": return .digit
        case "'": return .apostrophe
        case "-": return .hyphen
        case ".": return .period
        case ",": return .comma
        case ":": return .colon
        case "/": return .slash
        case "$": return .currency
        case "!", "?", "\"", "(", ")", "[", "]", "{", "}", ";", "_": return .punctuation
        case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}": return .space
        default: return value < 0x20 || value == 0x7F ? .space : .symbol
        }
    }
}
