import DocGraphKit
import Foundation

/// The phrase lists the commitment rules read, each a word list by name.
///
/// The pledge phrases come from the core rule pack's `pledge-phrases` lexicon, by property
/// (`pledge-phrases:verb=pledge`, `pledge-phrases:use=intention`, ...). The plugin ships the
/// grammar the rules need (subjects, modals, clause breaks, participles, ...) in its resources;
/// a list of the same name in the run's word lists replaces a shipped one, so the rules can be
/// tuned for a new kind of document without touching the code.
struct CommitmentLexicon: Sendable {
    let subjects: PhraseList
    let modals: PhraseList
    let adverbs: PhraseList
    let auxiliaries: PhraseList
    let intentions: PhraseList
    let pledgeVerbs: PhraseList
    let promiseVerbs: PhraseList
    let pledgeNouns: PhraseList
    let promiseNouns: PhraseList
    let reportingVerbs: PhraseList
    let aimFrames: PhraseList
    let expectationFrames: PhraseList
    let existentials: PhraseList
    let actionNouns: PhraseList
    let timingAdverbs: PhraseList
    let horizonWeeks: PhraseList
    let horizonMonths: PhraseList
    let horizonOpen: PhraseList
    let participles: PhraseList
    let infinitiveBlockers: PhraseList
    let conditionOpeners: PhraseList
    let clauseBreaks: PhraseList
    let clauseSubjects: PhraseList
    let otherSubjects: PhraseList
    let negations: PhraseList
    let recruitment: PhraseList
    let planWords: PhraseList
    let planDeterminers: PhraseList

    /// The names of every list the rules read.
    static let listNames = [
        "commitment-subjects", "commitment-modals", "commitment-adverbs", "commitment-auxiliaries",
        "pledge-phrases:use=intention", "pledge-phrases:verb=pledge", "pledge-phrases:verb=promise",
        "pledge-phrases:noun=pledge", "pledge-phrases:noun=promise", "commitment-reporting-verbs",
        "pledge-phrases:use=aim", "pledge-phrases:use=expectation", "pledge-phrases:use=existential",
        "commitment-action-nouns", "commitment-timing-adverbs", "commitment-horizon-weeks", "commitment-horizon-months",
        "commitment-horizon-open", "commitment-participles", "commitment-infinitive-blockers",
        "commitment-condition-openers", "commitment-clause-breaks", "commitment-clause-subjects",
        "commitment-other-subjects", "commitment-negations", "pledge-phrases:use=recruitment", "plan-words",
        "plan-determiners",
    ]

    /// The lists shipped in the plugin's resources.
    static let bundled = WordLists.shipped(in: Bundle.module.resourceURL?.appendingPathComponent("lexicons"))

    /// The lexicon for a run: each list from the run's word lists when it has one, otherwise
    /// the shipped one.
    ///
    /// - Throws: ``WordListError`` when a list is in neither.
    init(wordLists: WordLists) throws {
        let lists = try wordLists.lists(named: Self.listNames, fallback: Self.bundled.get())
        func set(_ name: String) -> PhraseList { PhraseList(lists[name] ?? []) }
        subjects = set("commitment-subjects")
        modals = set("commitment-modals")
        adverbs = set("commitment-adverbs")
        auxiliaries = set("commitment-auxiliaries")
        intentions = set("pledge-phrases:use=intention")
        pledgeVerbs = set("pledge-phrases:verb=pledge")
        promiseVerbs = set("pledge-phrases:verb=promise")
        pledgeNouns = set("pledge-phrases:noun=pledge")
        promiseNouns = set("pledge-phrases:noun=promise")
        reportingVerbs = set("commitment-reporting-verbs")
        aimFrames = set("pledge-phrases:use=aim")
        expectationFrames = set("pledge-phrases:use=expectation")
        existentials = set("pledge-phrases:use=existential")
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
        recruitment = set("pledge-phrases:use=recruitment")
        planWords = set("plan-words")
        planDeterminers = set("plan-determiners")
    }
}
