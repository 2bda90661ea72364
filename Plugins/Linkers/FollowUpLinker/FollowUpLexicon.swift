import DocGraphKit
import Foundation

/// The phrase lists the follow-up linker reads: the language of delivery, progress, change and
/// abandonment, words pointing back to a commitment, and words too common to weigh.
///
/// As with every plugin, a list of the same name in the run's word lists (a rule pack)
/// replaces the shipped one.
struct FollowUpLexicon: Sendable {
    let cues: [FollowUpRelation: PhraseSet]
    let anaphora: PhraseSet
    let hypotheticals: PhraseSet
    let recruitment: PhraseSet
    let stopwords: Set<String>

    static let listNames = [
        "follow-up-fulfilled", "follow-up-progress", "follow-up-changed", "follow-up-dropped", "follow-up-anaphora",
        "follow-up-hypotheticals", "follow-up-recruitment", "follow-up-stopwords",
    ]

    static let bundled = WordLists.shipped(in: Bundle.module.resourceURL?.appendingPathComponent("lexicons"))

    init(wordLists: WordLists) throws {
        let lists = try wordLists.lists(named: Self.listNames, fallback: Self.bundled.get())
        func set(_ name: String) -> PhraseSet { PhraseSet(lists[name] ?? []) }
        cues = [
            .fulfilled: set("follow-up-fulfilled"), .progress: set("follow-up-progress"),
            .changed: set("follow-up-changed"), .dropped: set("follow-up-dropped"),
        ]
        anaphora = set("follow-up-anaphora")
        hypotheticals = set("follow-up-hypotheticals")
        recruitment = set("follow-up-recruitment")
        stopwords = lists["follow-up-stopwords"] ?? []
    }
}
