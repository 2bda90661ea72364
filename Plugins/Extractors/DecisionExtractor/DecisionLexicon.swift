import DocGraphKit

/// The words the decisions extractor reads from the rule packs: the core pack's
/// `decision-words` (verbs that report a decision, nouns for one given by someone, the verbs
/// that give it, words heading a list of decision records) and `role-words` ("a new chair").
struct DecisionLexicon: Sendable {
    let verbs: PhraseList
    let nouns: PhraseList
    let giving: PhraseList
    let records: PhraseList
    let roles: PhraseList

    init(_ context: ExtractionContext) {
        let lists = context.wordLists
        let forms = ["noun", "giving", "record"].map { Set(lists["decision-words:form=\($0)"] ?? []) }
        verbs = PhraseList((lists["decision-words"] ?? []).subtracting(forms.joined()))
        nouns = PhraseList(forms[0])
        giving = PhraseList(forms[1])
        records = PhraseList(forms[2])
        roles = lists.phrases("role-words")
    }
}
