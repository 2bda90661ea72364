/// One word, number, punctuation mark or line break of a text, as the name finders see it.
///
/// Name finding cares about a word's shape (capitalised, all capitals, camel case, possessive)
/// and about where lines break, since a name never runs across a line. ``NameWordScanner``
/// makes them; offsets are UTF-8, like every range inside the process.
public struct NameWord: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word, number, punctuation, lineBreak
    }

    public var kind: Kind
    /// The whole word, a possessive ending included.
    public var range: TextRange
    public var text: String
    /// The range without a possessive ending (`Alex's` gives `Alex`).
    public var stemRange: TextRange
    /// The text without a possessive ending.
    public var stem: String

    public init(kind: Kind, range: TextRange, text: String, stemRange: TextRange? = nil, stem: String? = nil) {
        self.kind = kind
        self.range = range
        self.text = text
        self.stemRange = stemRange ?? range
        self.stem = stem ?? text
    }

    /// True for a word that ends in `'s`, `’s` or a bare apostrophe after `s`.
    public var isPossessive: Bool { stemRange != range }

    /// True for a word starting with a capital letter.
    public var isCapitalised: Bool {
        kind == .word && (stem.unicodeScalars.first?.properties.isUppercase ?? false)
    }

    /// True for a word of two or more letters, all capitals (`HMIC`, `NFU`); a plural `s`
    /// (`PCSOs`) does not count.
    public var isAllCapitals: Bool {
        guard kind == .word else { return false }
        let letters = stem.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// True for capitals-with-a-plural-s such as `PCSOs` or `ICVs`.
    public var isPluralAcronym: Bool {
        guard kind == .word, stem.count >= 3, stem.hasSuffix("s") else { return false }
        return NameWord(kind: .word, range: range, text: String(stem.dropLast())).isAllCapitals
    }

    /// True for a word with a capital after its first letter and lower case too (`SmartWater`,
    /// `CoPaCC`, `iTunes`): the shape of brands and bodies, rarely of people.
    public var isCamelCase: Bool {
        guard kind == .word, !isPluralAcronym else { return false }
        return stem.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" }).contains { Self.isCamelCase(String($0)) }
    }

    private static func isCamelCase(_ stem: String) -> Bool {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 3, scalars.contains(where: { $0.properties.isLowercase }) else { return false }
        let inner = scalars.dropFirst()
        guard let firstInnerCapital = inner.firstIndex(where: { $0.properties.isUppercase }) else { return false }
        // "McDonald" and "O'Brien" are people's shapes: a capital after Mc, Mac or O' only.
        let prefix = String(String.UnicodeScalarView(scalars[..<firstInnerCapital]))
        return !["Mc", "Mac", "O'", "O’", "D'", "D’"].contains(prefix)
    }

    /// The word lower-cased, possessive dropped: the form lexicons are keyed by.
    public var folded: String { stem.lowercased() }
}
