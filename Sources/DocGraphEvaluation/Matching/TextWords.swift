/// The one word splitter scoring uses: lower-cased runs of letters and digits; everything else
/// (spaces, punctuation, apostrophes, hyphens) separates words.
enum TextWords {
    /// The words of a text; with `keepAmpersands`, each "&" is a word of its own.
    static func split(_ text: String, keepAmpersands: Bool = false) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
                continue
            }
            if !current.isEmpty { words.append(current) }
            current = ""
            if keepAmpersands, scalar == "&" { words.append("&") }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
