import DocGraphKit

/// Finds a picture's alternative text glued to the start of the paragraph after it, as e-mail
/// newsletters exported to plain text often have it: "HMIC logoThis week has seen ...",
/// "at a mock road crashAs you may know ...".
///
/// The join is a lower-case letter followed by a capital inside one word. It counts when the
/// part before the capital is all lower case ("logo|This"), or when it is capitalised and the
/// part after is a word that opens sentences ("Neville House|On Monday"), or when it is the
/// line's first word and names a picture ("Calendar|Here are"). Names written in camel case
/// ("SmartWater", "iTunes", "McDonald") do not meet these tests.
enum GluedCaption {
    /// How many words from the start of a line a caption can run.
    static let longestCaption = 45
    /// How many words the paragraph after the join must have.
    static let shortestParagraph = 4

    /// The UTF-8 offset where the paragraph starts, if the line starts with a glued caption.
    static func split(_ line: TextLine) -> Int? {
        let words = line.words
        for (position, word) in words.prefix(longestCaption).enumerated() where word.kind == .word {
            guard let join = joinOffset(in: word.text) else { continue }
            let before = String(word.text.utf8.prefix(join)) ?? ""
            let after = String(word.text.utf8.dropFirst(join)) ?? ""
            guard words.count - position >= shortestParagraph, before.utf8.count >= 2 else { return nil }
            let lowerBefore = before.lowercased()
            let opensSentence = ReaderCues.sentenceOpeners.contains(after.lowercased())
            let accepted = lowerBefore == before
                || (position >= 2 && opensSentence)
                || (position == 0 && opensSentence && ReaderCues.pictureWords.contains(lowerBefore))
            if accepted { return word.range.start + join }
        }
        return nil
    }

    /// The byte offset in a word of the first capital that follows two lower-case letters.
    private static func joinOffset(in word: String) -> Int? {
        let bytes = word.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            var lowerRun = 0
            for (offset, byte) in bytes.enumerated() {
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") && lowerRun >= 2 { return offset }
                lowerRun = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? lowerRun + 1 : 0
            }
            return nil
        }
        var offset = 0
        var lowerRun = 0
        for scalar in word.unicodeScalars {
            let properties = scalar.properties
            if properties.isUppercase, lowerRun >= 2 { return offset }
            lowerRun = properties.isLowercase ? lowerRun + 1 : 0
            offset += UTF8.width(scalar)
        }
        return nil
    }
}
