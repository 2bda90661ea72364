/// Reduces a word to a crude stem so that forms of one word meet: "finalised", "finalisation"
/// and "finalise" are all `finali`; "protocols" is `protoc`.
///
/// A possessive, a plural `s` and an adverb's `ly` are dropped, then the word is cut to its
/// first six letters (truncation stemming): deterministic, language-light and good enough to
/// weigh distinctive words between passages.
enum Stemmer {
    static let length = 6

    static func stem(_ lower: String) -> String {
        var word = Substring(lower)
        if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { word = word.dropLast(2) }
        if word.count > 5, word.hasSuffix("ly") {
            word = word.dropLast(2)
        } else if word.count > 4, word.hasSuffix("ies") {
            word = word.dropLast(3) + "y"
        } else if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            word = word.dropLast()
        }
        return String(word.prefix(length))
    }
}
