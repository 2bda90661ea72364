import DocGraphKit
import Foundation

/// The phrase lists the follow-up linker reads: the language of delivery, progress, change and
/// abandonment and the words pointing back to a commitment (the core rule pack's
/// `delivery-phrases`, by `relation` and `points=back`), recruitment phrases (`pledge-phrases`
/// with `use=recruitment`), and, shipped in its resources, the words that make a cue
/// hypothetical and the words too common to weigh. A list of the same name in the run's word
/// lists replaces a shipped one.
struct FollowUpLexicon: Sendable {
    let cues: [FollowUpRelation: PhraseList]
    let anaphora: PhraseList
    let hypotheticals: PhraseList
    let recruitment: PhraseList
    let stopwords: Set<String>

    static let listNames = FollowUpRelation.allCases.map(cueList) + [
        "delivery-phrases:points=back", "follow-up-hypotheticals", "pledge-phrases:use=recruitment", "follow-up-stopwords",
    ]

    /// The word list of a relation's phrases.
    static func cueList(_ relation: FollowUpRelation) -> String {
        "delivery-phrases:relation=\(relation.rawValue)"
    }

    static let bundled = WordLists.shipped(in: Bundle.module.resourceURL?.appendingPathComponent("lexicons"))

    init(wordLists: WordLists) throws {
        let lists = try wordLists.lists(named: Self.listNames, fallback: Self.bundled.get())
        func set(_ name: String) -> PhraseList { PhraseList(lists[name] ?? []) }
        cues = Dictionary(uniqueKeysWithValues: FollowUpRelation.allCases.map { ($0, set(Self.cueList($0))) })
        anaphora = set("delivery-phrases:points=back")
        hypotheticals = set("follow-up-hypotheticals")
        recruitment = set("pledge-phrases:use=recruitment")
        stopwords = lists["follow-up-stopwords"] ?? []
    }
}
