import DocGraphKit
import Foundation

/// The words the person finder works from, read from the lexicon files shipped in `Lexicons/`
/// (each file's header says what it holds and where it comes from). A list of the same name
/// in the extraction context's word lists (from a rule pack) adds to the shipped one.
struct PeopleLexicons: Sendable {
    var firstNames: PhraseLexicon
    /// Titles with the kind of role each implies, and a canonical spelling for abbreviations.
    var titles: PhraseLexicon
    var postNominals: PhraseLexicon
    var roleWords: PhraseLexicon
    var kinship: PhraseLexicon
    var appointments: PhraseLexicon
    var stopWords: PhraseLexicon

    /// The shipped lexicons, read once.
    static let shipped = PeopleLexicons { PhraseLexicon(resource: $0, in: .module) }

    init(load: (String) -> PhraseLexicon) {
        firstNames = load("first-names")
        titles = load("titles")
        postNominals = load("post-nominals")
        roleWords = load("role-words")
        kinship = load("kinship-words")
        appointments = load("appointment-phrases")
        stopWords = load("name-stop-words")
    }

    /// The shipped lexicons with the context's `first-names`, `titles` and `role-words` added.
    static func forContext(_ context: ExtractionContext) -> PeopleLexicons {
        let extra = ["first-names", "titles", "role-words"].filter { context.wordLists[$0] != nil }
        guard !extra.isEmpty else { return shipped }
        var lexicons = shipped
        for phrase in context.wordLists["first-names"] ?? [] { lexicons.firstNames.add(phrase) }
        for phrase in context.wordLists["titles"] ?? [] where !lexicons.titles.contains(phrase) {
            lexicons.titles.add(phrase, value: "honorific")
        }
        for phrase in context.wordLists["role-words"] ?? [] { lexicons.roleWords.add(phrase) }
        return lexicons
    }

    /// What a title lexicon entry says: the kind of role and the canonical spelling.
    func title(_ value: String, spelled: String) -> (kind: String, canonical: String) {
        let parts = value.split(separator: "\t").map(String.init)
        let kind = parts.first ?? "honorific"
        return (kind, parts.count > 1 ? parts[1] : spelled)
    }
}
