import Foundation

/// An English word list, to tell a dictionary word ("Twitter", "Reading", "Church") from a
/// name, and a proper noun the dictionary knows ("London", "Essex") from an unknown one.
///
/// The default list is Debian's wbritish (`/usr/share/dict/british-english`), read once per
/// process. Without it everything still works, less well: nothing counts as a dictionary word,
/// and one line on standard error says so.
public struct EnglishWords: Sendable {
    /// Lower-case entries: common words.
    private let common: Set<String>
    /// Entries written with a capital: proper nouns and the like.
    private let proper: Set<String>

    /// Where Debian's wbritish puts its list.
    public static let systemPath = "/usr/share/dict/british-english"

    /// The system list, read the first time it is asked for.
    public static let system: EnglishWords = {
        guard let text = try? String(contentsOfFile: systemPath, encoding: .utf8) else {
            FileHandle.standardError.write(Data(missingNotice.utf8))
            return EnglishWords(entries: [])
        }
        return EnglishWords(text: text)
    }()

    /// What is said once when the system list is missing.
    public static let missingNotice = """
        docgraph: no English word list at \(systemPath); names are found less well \
        (install it with: apt-get install wbritish)

        """

    /// A list from the words of a text, one a line.
    public init(text: String) {
        self.init(entries: text.split(whereSeparator: \.isNewline).map(String.init))
    }

    /// A list from entries as a dictionary writes them: common words in lower case, proper
    /// nouns with their capital.
    public init(entries: some Sequence<String>) {
        var common = Set<String>()
        var proper = Set<String>()
        for entry in entries where !entry.isEmpty {
            if entry.first?.isUppercase ?? false { proper.insert(entry.lowercased()) } else { common.insert(entry.lowercased()) }
        }
        self.common = common
        self.proper = proper
    }

    /// True when the list is empty (no word list was found).
    public var isEmpty: Bool { common.isEmpty && proper.isEmpty }

    /// True when the word, lower-cased, is a common English word.
    public func isCommonWord(_ word: String) -> Bool {
        common.contains(word.lowercased())
    }

    /// True when the dictionary knows the word only with a capital (a proper noun).
    public func isProperNoun(_ word: String) -> Bool {
        let folded = word.lowercased()
        return proper.contains(folded) && !common.contains(folded)
    }
}
