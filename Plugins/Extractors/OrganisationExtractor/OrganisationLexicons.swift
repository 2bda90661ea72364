import DocGraphKit
import Foundation

/// The words the organisation finder works from.
///
/// Organisation words (with the kind of body each names) and role words come from the core
/// rule pack through the extraction context's word lists (`organisation-words`, `role-words`);
/// the finder's own general lists (stop words, "of" heads, appositives, ...) ship in
/// `Lexicons/`, each file's header saying what it holds.
struct OrganisationLexicons: Sendable {
    /// Organisation words with the kind of body each names.
    var orgWords = PhraseLexicon()
    var roleWords = PhraseLexicon()
    /// Titles written before a person's name ("Professor", "Cllr"): a name that reaches one
    /// has run into a person's.
    var titles = PhraseLexicon()
    var ofHeads: PhraseLexicon
    var subunits: PhraseLexicon
    var namePrefixes: PhraseLexicon
    var appositives: PhraseLexicon
    var stopWords: PhraseLexicon
    var andPhrases: PhraseLexicon
    var commaPhrases: PhraseLexicon
    var eventWords: PhraseLexicon
    var eventStarts: PhraseLexicon
    var contextPhrases: PhraseLexicon
    var contextNouns: PhraseLexicon
    var areaWords: PhraseLexicon
    var referenceHeads: PhraseLexicon
    var nonBodyAbbreviations: PhraseLexicon

    /// The word lists this finder needs from the core rule pack.
    static let sharedLists = ["organisation-words", "role-words"]

    /// The shipped lexicons, read once.
    static let shipped = OrganisationLexicons { PhraseLexicon(resource: $0, in: .module) }

    init(load: (String) -> PhraseLexicon) {
        ofHeads = load("org-of-heads")
        subunits = load("org-subunit-words")
        namePrefixes = load("org-name-prefixes")
        appositives = load("org-appositives")
        stopWords = load("org-stop-words")
        andPhrases = load("org-and-phrases")
        commaPhrases = load("org-comma-phrases")
        eventWords = load("org-event-words")
        eventStarts = load("org-event-starts")
        contextPhrases = load("org-context-words")
        contextNouns = load("org-context-nouns")
        areaWords = load("place-words")
        referenceHeads = load("org-reference-heads")
        nonBodyAbbreviations = load("non-body-abbreviations")
    }

    /// The shipped lexicons with the context's organisation and role words; an organisation
    /// word that is also a stop word here ("Centre", "Scheme") names no body.
    static func forContext(_ context: ExtractionContext) -> OrganisationLexicons {
        var lexicons = shipped
        let words = PhraseLexicon(wordLists: context.wordLists, list: "organisation-words", valuedBy: "kind")
        for phrase in context.wordLists["organisation-words"] ?? [] where !lexicons.stopWords.contains(phrase) {
            lexicons.orgWords.add(phrase, value: kind(words.value(of: phrase) ?? ""))
        }
        lexicons.roleWords = PhraseLexicon(wordLists: context.wordLists, list: "role-words")
        // A rank or office ends a role as "Officer" does ("Inspector of Ancient Monuments").
        let titles = PhraseLexicon(wordLists: context.wordLists, list: "titles", valuedBy: "kind")
        let after = Set(context.wordLists["titles:position=after"] ?? [])
        for (phrase, kind) in titles.entries {
            if ["police", "office", "civic", "parliament"].contains(kind), let last = phrase.split(separator: " ").last {
                lexicons.roleWords.add(String(last))
            }
            if !after.contains(phrase) { lexicons.titles.add(phrase, value: kind) }
        }
        return lexicons
    }

    /// The schema's kind of body for a rule pack's `kind` property.
    static func kind(_ packKind: String) -> String {
        switch packKind {
        case "police": return "police force"
        case "government": return "government body"
        case "": return "other"
        default: return packKind
        }
    }
}
