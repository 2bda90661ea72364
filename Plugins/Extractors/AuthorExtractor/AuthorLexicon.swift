import DocGraphKit
import Foundation

/// The word lists the authors extractor reads: the rule pack's when loaded, else the ones built
/// into the plugin (Lexicons/).
struct AuthorLexicon: Sendable {
    /// Roles an author signs with ("police and crime commissioner", "mayor").
    let roles: PhraseList
    /// Letters after a name ("TD", "OBE").
    let honorifics: PhraseList
    /// The nouns that name a role holder's office ("office").
    let officeNouns: [String]

    init(_ context: ExtractionContext) {
        var lists = context.wordLists
        lists.addMissing(from: AuthorLexicon.builtIn)
        roles = lists.phrases("author-roles")
        honorifics = lists.phrases("honorifics")
        officeNouns = (lists["office-nouns"] ?? []).sorted()
    }

    /// The lexicons shipped with the plugin.
    static let builtIn: WordLists = {
        var lists = WordLists()
        if let folder = Bundle.module.url(forResource: "Lexicons", withExtension: nil) { lists.addMissing(lexiconsIn: folder) }
        return lists
    }()
}
