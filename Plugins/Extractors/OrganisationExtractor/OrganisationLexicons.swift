import DocGraphKit
import Foundation

/// The words the organisation finder works from, read from the lexicon files shipped in
/// `Lexicons/` (see each file's header). A list of the same name in the extraction context's
/// word lists (from a rule pack) adds to the shipped one.
struct OrganisationLexicons: Sendable {
    /// Organisation words with the kind of body each names.
    var orgWords: PhraseLexicon
    var ofHeads: PhraseLexicon
    var subunits: PhraseLexicon
    var namePrefixes: PhraseLexicon
    var appositives: PhraseLexicon
    var stopWords: PhraseLexicon
    var andPhrases: PhraseLexicon
    var eventWords: PhraseLexicon
    var contextPhrases: PhraseLexicon
    var contextNouns: PhraseLexicon
    var roleWords: PhraseLexicon
    var areaWords: PhraseLexicon
    var referenceHeads: PhraseLexicon
    var nonBodyAbbreviations: PhraseLexicon

    /// The shipped lexicons, read once.
    static let shipped = OrganisationLexicons { PhraseLexicon(resource: $0, in: .module) }

    init(load: (String) -> PhraseLexicon) {
        orgWords = load("org-words")
        ofHeads = load("org-of-heads")
        subunits = load("org-subunit-words")
        namePrefixes = load("org-name-prefixes")
        appositives = load("org-appositives")
        stopWords = load("org-stop-words")
        andPhrases = load("org-and-phrases")
        eventWords = load("org-event-words")
        contextPhrases = load("org-context-words")
        contextNouns = load("org-context-nouns")
        roleWords = load("role-words")
        areaWords = load("place-words")
        referenceHeads = load("org-reference-heads")
        nonBodyAbbreviations = load("non-body-abbreviations")
    }

    /// The shipped lexicons with the context's word lists of the same names added.
    static func forContext(_ context: ExtractionContext) -> OrganisationLexicons {
        let names = context.wordLists.names
        guard names.contains(where: { $0.hasPrefix("org-") || $0 == "role-words" }) else { return shipped }
        var lexicons = shipped
        func extend(_ lexicon: inout PhraseLexicon, _ name: String) {
            for phrase in context.wordLists[name] ?? [] where !lexicon.contains(phrase) { lexicon.add(phrase, value: "other") }
        }
        extend(&lexicons.orgWords, "org-words")
        extend(&lexicons.stopWords, "org-stop-words")
        extend(&lexicons.roleWords, "role-words")
        return lexicons
    }
}
