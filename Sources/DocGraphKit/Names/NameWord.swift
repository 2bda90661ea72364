/// One word, number, punctuation mark or line break of a text, as the name finders see it.
///
/// Name finding cares about a word's shape (capitalised, all capitals, camel case, possessive)
/// and about where lines break, since a name never runs across a line. ``NameWordScanner``
/// makes them; offsets are UTF-8, like every range inside the process. The shape is worked out
/// once, when the word is made, since finders ask for it many times.
public struct NameWord: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word, number, punctuation, lineBreak
    }

    public let kind: Kind
    /// The whole word, a possessive ending included.
    public let range: TextRange
    public let text: String
    /// The range without a possessive ending (`Alex's` gives `Alex`).
    public let stemRange: TextRange
    /// The text without a possessive ending.
    public let stem: String
    /// The word lower-cased, possessive dropped: the form lexicons are keyed by.
    public let folded: String
    /// True for a word starting with a capital letter.
    public let isCapitalised: Bool
    /// True for a word of two or more letters, all capitals (`HMIC`, `NFU`); a plural `s`
    /// (`PCSOs`) does not count.
    public let isAllCapitals: Bool
    /// True for capitals-with-a-plural-s such as `PCSOs` or `ICVs`.
    public let isPluralAcronym: Bool
    /// True for a word with a capital after its first letter and lower case too (`SmartWater`,
    /// `CoPaCC`, `iTunes`): the shape of brands and bodies, rarely of people. "McDonald" and
    /// "O'Brien" are people's shapes and do not count.
    public let isCamelCase: Bool

    public init(kind: Kind, range: TextRange, text: String, stemRange: TextRange? = nil, stem: String? = nil) {
        self.kind = kind
        self.range = range
        self.text = text
        self.stemRange = stemRange ?? range
        let stem = stem ?? text
        self.stem = stem
        folded = stem.lowercased()
        let isWord = kind == .word
        isCapitalised = isWord && (stem.unicodeScalars.first?.isUppercaseScalar ?? false)
        isAllCapitals = isWord && Self.isCapitals(stem)
        isPluralAcronym = isWord && stem.utf8.last == UInt8(ascii: "s") && stem.count >= 3 && stem.hasSuffix("s")
            && Self.isCapitals(String(stem.dropLast()))
        // Camel case needs a capital after the first letter: most words are settled by that test.
        isCamelCase = isWord && !isPluralAcronym && stem.unicodeScalars.dropFirst().contains(where: \.isUppercaseScalar)
            && stem.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" }).contains { Self.isCamelCase(String($0)) }
    }

    /// True for a word that ends in `'s`, `’s` or a bare apostrophe after `s`.
    public var isPossessive: Bool { stemRange != range }

    private static func isCapitals(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.isAlphabeticScalar {
            guard scalar.isUppercaseScalar else { return false }
            letters += 1
        }
        return letters >= 2
    }

    private static func isCamelCase(_ stem: String) -> Bool {
        let scalars = Array(stem.unicodeScalars)
        guard scalars.count >= 3, scalars.contains(where: { $0.isLowercaseScalar }) else { return false }
        let inner = scalars.dropFirst()
        guard let firstInnerCapital = inner.firstIndex(where: { $0.isUppercaseScalar }) else { return false }
        let prefix = String(String.UnicodeScalarView(scalars[..<firstInnerCapital]))
        return !["Mc", "Mac", "O'", "O’", "D'", "D’"].contains(prefix)
    }
}
