import DocGraphKit

/// The words the meetings extractor reads from the rule packs: the core pack's `meeting-words`
/// (names of meetings and events with their kind; words reporting who took part, with their
/// role) and `meeting-cues` (recurrence, attendance and caption cues).
struct MeetingLexicon: Sendable {
    /// The kinds a Meeting may have, besides `recurring`.
    static let kinds = ["meeting", "visit", "conference", "event"]
    /// The roles of ATTENDED.
    static let roles = ["attendee", "chair", "speaker", "host"]

    /// Words that name an event ("meeting", "conference", "AGM").
    let nouns: PhraseList
    /// Words that report taking part ("attended", "chaired", "spoke at").
    let verbs: PhraseList
    /// Nouns that name an event only as the last word of a name ("Kenilworth Show").
    let namedOnly: Set<String>
    let recurrence: PhraseList
    let attendance: PhraseList
    let caption: PhraseList
    /// Words that end the name of a body ("Council", "Committee"): such a name is no place.
    let organisationWords: PhraseList
    private let kindOf: [String: String]
    private let roleOf: [String: String]

    init(_ context: ExtractionContext) {
        let lists = context.wordLists
        var kindOf: [String: String] = [:]
        var roleOf: [String: String] = [:]
        for kind in MeetingLexicon.kinds {
            for phrase in lists["meeting-words:kind=\(kind)"] ?? [] { kindOf[MeetingLexicon.key(phrase)] = kind }
        }
        for role in MeetingLexicon.roles {
            for phrase in lists["meeting-words:role=\(role)"] ?? [] { roleOf[MeetingLexicon.key(phrase)] = role }
        }
        let all = lists["meeting-words"] ?? []
        self.kindOf = kindOf
        self.roleOf = roleOf
        nouns = PhraseList(all.filter { roleOf[MeetingLexicon.key($0)] == nil })
        verbs = PhraseList(all.filter { roleOf[MeetingLexicon.key($0)] != nil })
        namedOnly = Set((lists["meeting-words:named=yes"] ?? []).map(MeetingLexicon.key))
        recurrence = lists.phrases("meeting-cues:cue=recurrence")
        attendance = lists.phrases("meeting-cues:cue=attendance")
        caption = lists.phrases("meeting-cues:cue=caption")
        organisationWords = lists.phrases("organisation-words")
    }

    /// The kind a matched phrase suggests (`meeting` when the lexicon gives none).
    func kind(of words: ArraySlice<String>) -> String {
        kindOf[words.joined(separator: " ")] ?? "meeting"
    }

    /// The role a matched verb phrase gives the one who takes part.
    func role(of words: ArraySlice<String>) -> String {
        roleOf[words.joined(separator: " ")] ?? "attendee"
    }

    /// True when the matched noun names an event only at the end of a name.
    func isNamedOnly(_ words: ArraySlice<String>) -> Bool {
        namedOnly.contains(words.joined(separator: " "))
    }

    private static func key(_ phrase: String) -> String {
        PhraseList.words(of: phrase).joined(separator: " ")
    }
}
