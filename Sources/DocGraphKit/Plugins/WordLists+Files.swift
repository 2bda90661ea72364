import Foundation

extension WordLists {
    /// Word lists read from a folder of lexicon files, one list per `.txt` file named after
    /// the file (`commitment-modals.txt` is the list `commitment-modals`).
    ///
    /// A line holds a phrase, optionally followed by `| LABEL | key=value, ...` as in a rule
    /// pack's lexicons; only the phrase is kept. Blank lines and lines starting with `#` are
    /// skipped. Plugins ship their default lexicons this way and prefer a list of the same name
    /// from the run's rule packs, so a pack can replace them.
    ///
    /// - Throws: ``WordListError`` when the folder or a file cannot be read.
    public static func load(lexiconsIn folder: URL) throws -> WordLists {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "txt" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw WordListError(path: folder.path, reason: "the folder cannot be read")
        }
        var lists = WordLists()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw WordListError(path: file.path, reason: "the file cannot be read as UTF-8 text")
            }
            let name = file.deletingPathExtension().lastPathComponent
            lists.add(phrases(inLexicon: text), to: name)
        }
        return lists
    }

    /// A plugin's shipped lexicons, read once from its resource folder (`nil` when the bundle
    /// has none), as a result so that a missing folder is reported when the plugin runs.
    public static func shipped(in folder: URL?) -> Result<WordLists, WordListError> {
        guard let folder else {
            return .failure(WordListError(path: "lexicons", reason: "the plugin's resources are missing"))
        }
        return Result { try load(lexiconsIn: folder) }.mapError { error in
            error as? WordListError ?? WordListError(path: folder.path, reason: "\(error)")
        }
    }

    /// Each named list from these lists, or else from `fallback` (a plugin's shipped lists).
    ///
    /// - Throws: ``WordListError`` naming the first list that neither holds.
    public func lists(named names: [String], fallback: WordLists) throws -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        for name in names {
            guard let list = self[name] ?? fallback[name] else {
                throw WordListError(path: name, reason: "no rule pack or shipped lexicon provides it; load the core rule pack")
            }
            found[name] = list
        }
        return found
    }

    /// The phrases of a lexicon file's text, in lower case with runs of white space made one.
    public static func phrases(inLexicon text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let phrase = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = phrase.split(whereSeparator: \.isWhitespace)
            guard let first = words.first, !first.hasPrefix("#") else { return nil }
            return words.joined(separator: " ").lowercased()
        }
    }
}

/// A lexicon folder or file a plugin could not read.
public struct WordListError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot load the lexicon \(path): \(reason)" }
}
