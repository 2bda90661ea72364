import Foundation

/// A list of phrases to find in a run of words, longest first: how rule-based extractors look up
/// the lexicons of a rule pack (meeting words, decision phrases, honorifics) in a sentence.
///
/// Phrases are compared word by word, lower-cased, with curly apostrophes read as straight ones.
/// A `*` word in a phrase matches any one word, so `give * approval` finds "give its approval" and
/// "give their approval".
public struct PhraseList: Sendable, Hashable {
    /// The phrases split into words, grouped by their first word, longest first.
    private var byFirstWord: [String: [[String]]] = [:]
    /// The phrases whose first word is `*`, longest first.
    private var leadingWildcards: [[String]] = []
    /// Which UTF-8 lengths (63 for any longer) and first bytes the phrases' first words have: most
    /// words of a sentence fail one of these bit tests and are never hashed for the lookup.
    private var firstWordLengths: UInt64 = 0
    private var firstWordBytes = SIMD4<UInt64>(repeating: 0)

    public init(_ phrases: some Sequence<String>) {
        for phrase in phrases {
            let words = PhraseList.words(of: phrase)
            guard let first = words.first else { continue }
            if first == "*" {
                leadingWildcards.append(words)
            } else {
                byFirstWord[first, default: []].append(words)
                firstWordLengths |= 1 << UInt64(min(first.utf8.count, 63))
                if let byte = first.utf8.first { firstWordBytes[Int(byte >> 6)] |= 1 << UInt64(byte & 63) }
            }
        }
        for key in byFirstWord.keys {
            byFirstWord[key]?.sort(by: PhraseList.longerFirst)
        }
        leadingWildcards.sort(by: PhraseList.longerFirst)
    }

    private static func longerFirst(_ one: [String], _ other: [String]) -> Bool {
        one.count != other.count ? one.count > other.count : one.lexicographicallyPrecedes(other)
    }

    /// False when no phrase can start with `word` (its length or first byte is no first word's).
    private func mayStart(with word: String) -> Bool {
        let utf8 = word.utf8
        guard firstWordLengths & (1 << UInt64(min(utf8.count, 63))) != 0, let byte = utf8.first else { return false }
        return firstWordBytes[Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0
    }

    /// True when the list holds no phrase.
    public var isEmpty: Bool { byFirstWord.isEmpty && leadingWildcards.isEmpty }

    /// The number of words of the longest phrase that starts at `index` of `words`, if one does.
    /// `words` must already be in the form ``PhraseList/normalise(_:)`` gives.
    public func match(at index: Int, in words: [String]) -> Int? {
        guard words.indices.contains(index) else { return nil }
        let best = !mayStart(with: words[index]) ? nil : byFirstWord[words[index]].flatMap { Self.longest(of: $0, at: index, in: words) }
        guard !leadingWildcards.isEmpty else { return best }
        let wildcard = Self.longest(of: leadingWildcards, at: index, in: words)
        return max(best ?? 0, wildcard ?? 0) > 0 ? max(best ?? 0, wildcard ?? 0) : nil
    }

    /// The length of the first (so the longest) of `phrases` that matches at `index`.
    private static func longest(of phrases: [[String]], at index: Int, in words: [String]) -> Int? {
        for phrase in phrases where index + phrase.count <= words.count {
            var matches = true
            for offset in phrase.indices where phrase[offset] != "*" && phrase[offset] != words[index + offset] {
                matches = false
                break
            }
            if matches { return phrase.count }
        }
        return nil
    }

    /// The first match at or after `index`, as the range of word indices it covers.
    public func firstMatch(in words: [String], from index: Int = 0) -> Range<Int>? {
        guard index < words.count else { return nil }
        for start in max(0, index)..<words.count {
            if let length = match(at: start, in: words) { return start..<(start + length) }
        }
        return nil
    }

    /// Every match from left to right, longest first at each place, without overlaps: the
    /// ranges of word indices they cover.
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

    /// True when the whole run of words is one of the phrases.
    public func contains(_ words: [String]) -> Bool {
        match(at: 0, in: words) == words.count && !words.isEmpty
    }

    /// A word as phrases compare it: lower-cased, curly apostrophes made straight.
    public static func normalise(_ word: String) -> String {
        let lower = word.lowercased()
        // Only a word holding U+2019 (whose UTF-8 starts with 0xE2) needs Foundation's search.
        guard lower.utf8.contains(0xE2) else { return lower }
        return lower.replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// A phrase split into normalised words at white space, with punctuation at either end of a
    /// word split off as a word of its own, as a tokenizer gives it ("police, fire" is three words).
    public static func words(of phrase: String) -> [String] {
        var words: [String] = []
        for chunk in phrase.split(whereSeparator: \.isWhitespace) {
            var core = Substring(chunk)
            var leading: [String] = []
            var trailing: [String] = []
            while let first = core.first, core.count > 1, PhraseList.splitPunctuation.contains(first) {
                leading.append(String(first))
                core = core.dropFirst()
            }
            while let last = core.last, core.count > 1, PhraseList.splitPunctuation.contains(last) {
                trailing.insert(String(last), at: 0)
                core = core.dropLast()
            }
            words += (leading + [String(core)] + trailing).map(normalise)
        }
        return words
    }

    /// Punctuation a tokenizer keeps apart from the words it touches.
    private static let splitPunctuation: Set<Character> = [",", ".", ":", ";", "!", "?", "(", ")", "\"", "\u{201C}", "\u{201D}"]
}
