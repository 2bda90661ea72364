import DocGraphKit

/// The word lists the authors extractor reads from the rule packs: the core pack's `role-words`
/// and civic titles (what an author signs as) and the titles that follow a name.
struct AuthorLexicon: Sendable {
    /// Roles an author signs with ("Police and Crime Commissioner", "Mayor").
    let roles: PhraseList
    /// Letters after a name that are not part of it ("TD", "OBE").
    let honorifics: PhraseList
    /// The nouns that name a role holder's office: "my office" is the "Office of the <role>".
    let officeNouns = ["office"]

    init(_ context: ExtractionContext) {
        roles = PhraseList((context.wordLists["role-words"] ?? []).union(context.wordLists["titles:kind=civic"] ?? []))
        honorifics = context.wordLists.phrases("titles:position=after")
    }
}
