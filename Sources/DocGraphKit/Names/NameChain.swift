/// A run of words that may be one name: capitalised words, capitals and camel-case words, with
/// the small words names hold inside ("Association of Police and Crime Commissioners", "Fire
/// and Rescue Service", "Nuneaton & Bedworth").
///
/// A chain never crosses a line break or punctuation (other than `&`), and a possessive word
/// ends it. Extractors decide what a chain is: a person, a body, a place or none.
public struct NameChain: Hashable, Sendable {
    /// Indices into the word array, half-open; the first and last are capitalised words.
    public var words: Range<Int>
    /// True when the last word is possessive (`Council's`).
    public var endsPossessive: Bool

    public init(words: Range<Int>, endsPossessive: Bool) {
        self.words = words
        self.endsPossessive = endsPossessive
    }

    /// Small words a name may hold between its capitalised words.
    public static let connectors: Set<String> = ["of", "and", "for", "the", "&", "upon", "de", "la", "le", "van", "von"]

    /// Every chain of a word array, in order.
    public static func chains(in words: [NameWord]) -> [NameChain] {
        var result: [NameChain] = []
        var index = 0
        while index < words.count {
            guard isNameWord(words[index]) else {
                index += 1
                continue
            }
            let start = index
            var end = index + 1
            var possessive = words[index].isPossessive
            while !possessive, end < words.count {
                if isNameWord(words[end]) || words[end].kind == .number && end > start {
                    possessive = words[end].isPossessive
                    end += 1
                    continue
                }
                // Connectors count only when a capitalised word follows them.
                var look = end
                while look < words.count, isConnector(words[look]) { look += 1 }
                if look > end, look < words.count, isNameWord(words[look]) {
                    end = look
                    continue
                }
                break
            }
            // A trailing number is not part of the name.
            while end > start + 1, words[end - 1].kind == .number { end -= 1 }
            result.append(NameChain(words: start..<end, endsPossessive: possessive))
            index = end
        }
        return result
    }

    /// True for a word that can be part of a name by its shape (the pronoun "I" cannot).
    public static func isNameWord(_ word: NameWord) -> Bool {
        word.kind == .word && word.text != "I" && (word.isCapitalised || word.isAllCapitals || word.isCamelCase)
    }

    /// True for a small word a name may hold ("of", "and", "&").
    public static func isConnector(_ word: NameWord) -> Bool {
        (word.kind == .word || word.kind == .punctuation) && connectors.contains(word.text.lowercased())
    }
}
