import DocGraphKit

/// A word of a sentence as the commitment rules read it: lower-cased, with contractions
/// expanded ("I'll" is two words, `i` and `will`, sharing the token's range).
struct ClauseWord: Hashable, Sendable {
    var lower: String
    /// The token's text as written.
    var text: String
    var range: TextRange
    var isCapitalised: Bool
    /// True inside double quotation marks: someone else's words.
    var isQuoted: Bool

    /// The words a token stands for.
    static func words(of token: Token, quoted: Bool) -> [ClauseWord] {
        let lower = normalised(token.text)
        let capitalised = token.text.unicodeScalars.first?.isUppercaseScalar ?? false
        return expand(lower).map {
            ClauseWord(lower: $0, text: token.text, range: token.range, isCapitalised: capitalised, isQuoted: quoted)
        }
    }

    /// A word in lower case with curly apostrophes made straight.
    static func normalised(_ text: String) -> String {
        PhraseList.normalise(text)
    }

    /// Splits a contraction into its words: `i'll` is `i will`, `won't` is `will not`,
    /// `we're` is `we are`; a possessive or `'s` keeps only its base.
    static func expand(_ word: String) -> [String] {
        switch word {
        case "won't": return ["will", "not"]
        case "can't": return ["can", "not"]
        case "shan't": return ["shall", "not"]
        default: break
        }
        if word.hasSuffix("n't"), word.count > 3 { return [String(word.dropLast(3)), "not"] }
        guard let apostrophe = word.lastIndex(of: "'"), apostrophe != word.startIndex else { return [word] }
        let base = String(word[..<apostrophe])
        switch word[word.index(after: apostrophe)...] {
        case "ll": return [base, "will"]
        case "d": return [base, "would"]
        case "m": return [base, "am"]
        case "re": return [base, "are"]
        case "ve": return [base, "have"]
        case "s", "": return [base]
        default: return [word]
        }
    }
}
