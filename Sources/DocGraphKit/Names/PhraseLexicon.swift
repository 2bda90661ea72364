import Foundation

/// A set of phrases (titles, organisation words, role words, first names), each with an
/// optional value such as an organisation's kind, matched against ``NameWord``s.
///
/// Phrases are lower-cased word sequences, so "Chief Constable" matches "chief constable" and
/// "CHIEF CONSTABLE". Matching skips full stops between words, so "Rt. Hon." matches "rt hon".
public struct PhraseLexicon: Sendable {
    private var values: [String: String] = [:]
    /// For each first word, the lengths (in words) of the phrases starting with it, longest first.
    private var lengths: [String: [Int]] = [:]

    public init() {}

    /// A lexicon of phrases without values.
    public init(phrases: some Sequence<String>) {
        for phrase in phrases { add(phrase, value: "") }
    }

    /// Reads lexicon text: one phrase a line, optionally a tab and a value; blank lines and
    /// lines starting with `#` are skipped.
    public init(text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let parts = trimmed.split(separator: "\t", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            add(parts[0], value: parts.count > 1 ? parts[1] : "")
        }
    }

    /// Reads `Lexicons/<name>.txt` from a plugin's resource bundle; an empty lexicon when the
    /// file is missing, so a damaged installation finds less but never stops.
    public init(resource name: String, in bundle: Bundle) {
        guard let url = bundle.url(forResource: name, withExtension: "txt", subdirectory: "Lexicons"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            self.init()
            return
        }
        self.init(text: text)
    }

    /// Adds a phrase; a later value for the same phrase replaces the earlier.
    public mutating func add(_ phrase: String, value: String = "") {
        let words = Self.words(of: phrase)
        guard let first = words.first else { return }
        let key = words.joined(separator: " ")
        values[key] = value
        var known = lengths[first, default: []]
        if !known.contains(words.count) {
            known.append(words.count)
            known.sort(by: >)
        }
        lengths[first] = known
    }

    /// Every phrase (lower-cased, words joined by single spaces) with its value.
    public var entries: [(phrase: String, value: String)] {
        values.map { ($0.key, $0.value) }.sorted { $0.phrase < $1.phrase }
    }

    /// How many phrases the lexicon holds.
    public var count: Int { values.count }

    /// True when the lexicon holds the phrase.
    public func contains(_ phrase: String) -> Bool {
        values[Self.key(of: phrase)] != nil
    }

    /// The value of a phrase, if the lexicon holds it (`""` for a phrase without a value).
    public func value(of phrase: String) -> String? {
        values[Self.key(of: phrase)]
    }

    /// The key a phrase is held under: its words joined by single spaces. A phrase already in
    /// that form (lower-case ASCII, single spaces, no full stops or tabs), as most looked-up
    /// words are, is its own key and is neither lower-cased nor split again.
    static func key(of phrase: String) -> String {
        var previous: UInt8 = 0x20
        var isKey = !phrase.isEmpty
        for byte in phrase.utf8 {
            if byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) || byte == 0x2E || byte == 0x09 || (byte == 0x20 && previous == 0x20) {
                isKey = false
                break
            }
            previous = byte
        }
        if isKey && previous != 0x20 { return phrase }
        return words(of: phrase).joined(separator: " ")
    }

    /// The longest phrase starting at `words[index]`, as the index just past it and its value.
    /// Matching skips full stops, and stops at a line break unless `acrossLines` (a title
    /// broken over the lines of a signature).
    public func longestMatch(in words: [NameWord], at index: Int, acrossLines: Bool = false) -> (end: Int, value: String)? {
        guard index < words.count, words[index].kind == .word, let candidates = lengths[words[index].folded] else {
            return nil
        }
        for length in candidates {
            var folded: [String] = []
            var cursor = index
            while cursor < words.count, folded.count < length {
                let word = words[cursor]
                if word.kind == .word || word.kind == .number {
                    folded.append(word.folded)
                    // A possessive ends a phrase: "Council's" can close "county council" only.
                    if word.isPossessive, folded.count < length { break }
                } else if !(word.kind == .punctuation && word.text == "." && !folded.isEmpty)
                            && !(acrossLines && word.kind == .lineBreak && !folded.isEmpty) {
                    break
                }
                cursor += 1
            }
            if folded.count == length, let value = values[folded.joined(separator: " ")] {
                return (cursor, value)
            }
        }
        return nil
    }

    /// The lower-cased words of a phrase, split at spaces and full stops.
    static func words(of phrase: String) -> [String] {
        phrase.lowercased().split { $0 == " " || $0 == "." || $0 == "\t" }.map(String.init)
    }
}
