import DocGraphKit
import Foundation

/// The words the person finder works from.
///
/// Titles (with the kind of role each implies and where it stands: before the name or after
/// it, as post-nominal letters), role words and organisation words come from the core rule pack
/// through the extraction context's word lists (`titles`, `role-words`, `organisation-words`);
/// the finder's own general lists (first names, family words, appointment phrases, stop words)
/// ship in `Lexicons/`, each file's header saying what it holds and where it comes from.
struct PeopleLexicons: Sendable {
    var firstNames: PhraseLexicon
    /// Titles written before a name, valued by the kind of role: police, council, office,
    /// parliament, or honorific.
    var titles = PhraseLexicon()
    /// Post-nominal letters (MP, TD, OBE), valued like titles.
    var postNominals = PhraseLexicon()
    /// For each title, the spellings that name the same title (`cllr` and `councillor`).
    var titleGroups: [String: [String]] = [:]
    var roleWords = PhraseLexicon()
    var organisationWords = PhraseLexicon()
    var kinship: PhraseLexicon
    var appointments: PhraseLexicon
    var stopWords: PhraseLexicon

    /// The word lists this finder needs from the core rule pack.
    static let sharedLists = ["titles", "role-words", "organisation-words"]

    /// The shipped lexicons, read once.
    static let shipped = PeopleLexicons { PhraseLexicon(resource: $0, in: .module) }

    init(load: (String) -> PhraseLexicon) {
        firstNames = load("first-names")
        kinship = load("kinship-words")
        appointments = load("appointment-phrases")
        stopWords = load("name-stop-words")
    }

    /// The shipped lexicons with the context's titles, role words and organisation words (and
    /// any further `first-names`).
    static func forContext(_ context: ExtractionContext) -> PeopleLexicons {
        var lexicons = shipped
        let lists = context.wordLists
        let kinds = PhraseLexicon(wordLists: lists, list: "titles", valuedBy: "kind")
        let after = Set(lists["titles:position=after"] ?? [])
        for phrase in lists["titles"] ?? [] {
            let kind = roleKind(kinds.value(of: phrase) ?? "")
            if after.contains(phrase) { lexicons.postNominals.add(phrase, value: kind) } else { lexicons.titles.add(phrase, value: kind) }
        }
        for name in lists.names where name.hasPrefix("titles:id=") {
            let spellings = (lists[name] ?? []).sorted()
            let id = String(name.dropFirst("titles:id=".count))
            for spelling in spellings { lexicons.titleGroups[spelling] = [id.replacingOccurrences(of: "-", with: " ")] + spellings }
        }
        lexicons.roleWords = PhraseLexicon(wordLists: lists, list: "role-words")
        // A rank or office is a role too: "Chief Constable" ends a role as "Officer" does.
        for (phrase, kind) in lexicons.titles.entries where kind != "honorific" {
            if let last = phrase.split(separator: " ").last { lexicons.roleWords.add(String(last)) }
        }
        lexicons.organisationWords = PhraseLexicon(wordLists: lists, list: "organisation-words")
        for phrase in lists["first-names"] ?? [] { lexicons.firstNames.add(phrase) }
        return lexicons
    }

    /// The kind of role a title implies, from the rule pack's `kind` of the title.
    static func roleKind(_ packKind: String) -> String {
        switch packKind {
        case "police", "office", "parliament": return packKind
        case "civic": return "council"
        default: return "honorific"
        }
    }

    /// The usual spelling of a title as written: the spelling its group is named by when the
    /// group has one ("Cllr" is "Councillor"), in capitals when written so ("PCSO").
    func canonicalTitle(_ written: String) -> String {
        let folded = written.lowercased().split(whereSeparator: { $0 == " " || $0 == "." }).joined(separator: " ")
        guard let group = titleGroups[folded], let id = group.first, group.dropFirst().contains(id) else { return written }
        if !id.contains(" "), written == written.uppercased() { return id.uppercased() }
        let small: Set<String> = ["and", "of", "for", "the"]
        return id.split(separator: " ").enumerated().map { index, word in
            index > 0 && small.contains(String(word)) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
