/// A set of phrases matched word by word against lower-cased words, such as a lexicon of
/// pledge or delivery phrases.
///
/// Phrases are split at spaces; punctuation inside a phrase is matched as written, so lists
/// should hold words only. Matching is exact on the lower-cased words handed in.
public struct PhraseSet: Hashable, Sendable {
    private var phrases: Set<[String]>
    /// The number of words of the longest phrase.
    public private(set) var longest: Int

    public init(_ phrases: some Sequence<String>) {
        var set = Set<[String]>()
        for phrase in phrases {
            let words = phrase.lowercased().split(separator: " ").map(String.init)
            if !words.isEmpty { set.insert(words) }
        }
        self.phrases = set
        self.longest = set.map(\.count).max() ?? 0
    }

    /// True when the set holds no phrase.
    public var isEmpty: Bool { phrases.isEmpty }

    /// True when the set holds the single word.
    public func contains(_ word: String) -> Bool {
        phrases.contains([word])
    }

    /// The length in words of the longest phrase that starts at `index` of `words`, if any.
    public func match(at index: Int, in words: [String]) -> Int? {
        guard index >= 0, index < words.count else { return nil }
        for length in stride(from: min(longest, words.count - index), through: 1, by: -1)
        where phrases.contains(Array(words[index..<(index + length)])) {
            return length
        }
        return nil
    }

    /// Every match in `words`, longest first at each position and never overlapping, in order.
    public func matches(in words: [String]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < words.count {
            if let length = match(at: index, in: words) {
                found.append(index..<(index + length))
                index += length
            } else {
                index += 1
            }
        }
        return found
    }
}
