/// Normalises names for comparison and resolution keys: case folded, punctuation and hyphens
/// to spaces, whitespace collapsed, a leading "the" dropped and "&" read as "and".
///
/// "The Warwickshire Wildlife-Trust" and "warwickshire wildlife trust" give the same key.
public enum NameKey {
    public static func normalise(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isAlphabeticScalar || scalar.isNumericScalar {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                if scalar == "&" { words.append("and") }
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.first == "the", words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The resolution key of a named entity: `Label|normalised name`.
    public static func key(label: String, name: String) -> String {
        "\(label)|\(normalise(name))"
    }
}
