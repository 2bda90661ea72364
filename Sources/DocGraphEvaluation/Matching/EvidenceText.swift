/// A node's text and evidence prepared for keyword search: case folded, every run of white space
/// one space, typographic quotes and dashes as plain ones. Keywords are prepared the same way.
struct EvidenceText: Hashable, Sendable {
    /// The prepared text.
    let folded: String
    /// Its words, as ``TextWords`` splits them.
    let words: Set<String>

    init(_ parts: [String]) {
        // Parts are joined by a line break, which no folded keyword holds, so no match spans two.
        folded = parts.map(Self.fold).joined(separator: "\n")
        words = Set(parts.flatMap { TextWords.split($0) })
    }

    /// True when the prepared text holds the prepared keyword.
    func contains(keyword: String) -> Bool {
        let wanted = Self.fold(keyword)
        return !wanted.isEmpty && folded.contains(wanted)
    }

    /// How many of the keywords the text holds.
    func count(of keywords: [String]) -> Int {
        keywords.filter { contains(keyword: $0) }.count
    }

    /// Case folded, white space collapsed, quotes and dashes plain.
    static func fold(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            switch character {
            case "\u{2018}", "\u{2019}", "\u{02BC}": result.append("'")
            case "\u{201C}", "\u{201D}": result.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}": result.append("-")
            default: result.append(character)
            }
        }
        return result
    }
}
