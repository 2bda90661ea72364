import Foundation

extension WordLists {
    /// The named list as a ``PhraseList``, empty when the list is not loaded.
    public func phrases(_ name: String) -> PhraseList {
        PhraseList(self[name] ?? [])
    }

    /// Reads every `*.txt` lexicon in a folder into the list named after its file (without the
    /// extension), skipping lists that are already loaded, so a rule pack's lexicons take
    /// precedence over a plugin's built-in ones. Unreadable files are skipped.
    ///
    /// A lexicon holds one phrase a line; blank lines and lines starting with `#` are ignored.
    public mutating func addMissing(lexiconsIn folder: URL) {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        for file in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) where file.pathExtension == "txt" {
            let name = file.deletingPathExtension().lastPathComponent
            guard self[name] == nil, let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            add(WordLists.lexiconPhrases(in: text), to: name)
        }
    }

    /// Adds every list of `other` that is not loaded here.
    public mutating func addMissing(from other: WordLists) {
        for name in other.names where self[name] == nil {
            add(other[name] ?? [], to: name)
        }
    }

    /// The phrases of a lexicon's text: one a line, trimmed, without blank and `#` comment lines.
    public static func lexiconPhrases(in text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let phrase = line.trimmingCharacters(in: .whitespaces)
            return phrase.isEmpty || phrase.hasPrefix("#") ? nil : phrase
        }
    }
}
