import DocGraphKit
import Foundation

/// The phrase lists the commitment rules read, each a word list by name.
///
/// A list of the same name in the run's word lists (a rule pack's lexicon) replaces the one
/// shipped in the plugin's resources, so the rules can be tuned for a new kind of document
/// without touching the code.
struct CommitmentLexicon: Sendable {
    let subjects: PhraseSet
    let modals: PhraseSet
    let adverbs: PhraseSet
    let auxiliaries: PhraseSet
    let intentions: PhraseSet
    let pledgeVerbs: PhraseSet
    let promiseVerbs: PhraseSet
    let pledgeNouns: PhraseSet
    let promiseNouns: PhraseSet
    let reportingVerbs: PhraseSet
    let aimFrames: PhraseSet
    let expectationFrames: PhraseSet
    let existentials: PhraseSet
    let actionNouns: PhraseSet
    let timingAdverbs: PhraseSet
    let horizonWeeks: PhraseSet
    let horizonMonths: PhraseSet
    let horizonOpen: PhraseSet
    let participles: PhraseSet
    let infinitiveBlockers: PhraseSet
    let conditionOpeners: PhraseSet
    let clauseBreaks: PhraseSet
    let clauseSubjects: PhraseSet
    let otherSubjects: PhraseSet
    let negations: PhraseSet
    let recruitment: PhraseSet
    let planWords: PhraseSet
    let planDeterminers: PhraseSet
    /// Office titles in lower case, for finding the author.
    let officeTitles: Set<String>

    /// The names of every list the rules read.
    static let listNames = [
        "commitment-subjects", "commitment-modals", "commitment-adverbs", "commitment-auxiliaries",
        "commitment-intentions", "commitment-pledge-verbs", "commitment-promise-verbs", "commitment-pledge-nouns",
        "commitment-promise-nouns", "commitment-reporting-verbs", "commitment-aim-frames",
        "commitment-expectation-frames", "commitment-existentials", "commitment-action-nouns",
        "commitment-timing-adverbs", "commitment-horizon-weeks", "commitment-horizon-months",
        "commitment-horizon-open", "commitment-participles", "commitment-infinitive-blockers",
        "commitment-condition-openers", "commitment-clause-breaks", "commitment-clause-subjects",
        "commitment-other-subjects", "commitment-negations", "commitment-recruitment", "plan-words",
        "plan-determiners", "office-titles",
    ]

    /// The lists shipped in the plugin's resources.
    static let bundled = WordLists.shipped(in: Bundle.module.resourceURL?.appendingPathComponent("lexicons"))

    /// The lexicon for a run: each list from the run's word lists when it has one, otherwise
    /// the shipped one.
    ///
    /// - Throws: ``WordListError`` when a list is in neither.
    init(wordLists: WordLists) throws {
        let lists = try wordLists.lists(named: Self.listNames, fallback: Self.bundled.get())
        func set(_ name: String) -> PhraseSet { PhraseSet(lists[name] ?? []) }
        subjects = set("commitment-subjects")
        modals = set("commitment-modals")
        adverbs = set("commitment-adverbs")
        auxiliaries = set("commitment-auxiliaries")
        intentions = set("commitment-intentions")
        pledgeVerbs = set("commitment-pledge-verbs")
        promiseVerbs = set("commitment-promise-verbs")
        pledgeNouns = set("commitment-pledge-nouns")
        promiseNouns = set("commitment-promise-nouns")
        reportingVerbs = set("commitment-reporting-verbs")
        aimFrames = set("commitment-aim-frames")
        expectationFrames = set("commitment-expectation-frames")
        existentials = set("commitment-existentials")
        actionNouns = set("commitment-action-nouns")
        timingAdverbs = set("commitment-timing-adverbs")
        horizonWeeks = set("commitment-horizon-weeks")
        horizonMonths = set("commitment-horizon-months")
        horizonOpen = set("commitment-horizon-open")
        participles = set("commitment-participles")
        infinitiveBlockers = set("commitment-infinitive-blockers")
        conditionOpeners = set("commitment-condition-openers")
        clauseBreaks = set("commitment-clause-breaks")
        clauseSubjects = set("commitment-clause-subjects")
        otherSubjects = set("commitment-other-subjects")
        negations = set("commitment-negations")
        recruitment = set("commitment-recruitment")
        planWords = set("plan-words")
        planDeterminers = set("plan-determiners")
        officeTitles = lists["office-titles"] ?? []
    }
}
