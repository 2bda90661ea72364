/// The English function words the decisions extractor's rules are built from: grammar, not
/// domain vocabulary (which comes from the rule packs).
enum DecisionGrammar {
    /// Auxiliaries that make a decision verb report a decision taken ("has been agreed").
    static let auxiliaries: Set<String> = ["has", "have", "had", "was", "were", "been", "i've", "we've"]
    /// Words before a decision verb that make it part of a phrase, not a report ("take for
    /// granted", "the agreed plan").
    static let nonVerbal: Set<String> = ["for", "the", "a", "an", "of", "to"]
    /// Forms of "be" that make a decision verb passive.
    static let passiveAuxiliaries: Set<String> = ["been", "was", "were", "is", "are", "be"]
    /// Words that make what follows hypothetical, future or negated ("will be agreed",
    /// "need to be discussed and agreed", "before any decisions are taken").
    static let unrealised: Set<String> = [
        "will", "would", "could", "should", "might", "may", "must", "need", "needs", "not", "n't", "never", "if",
        "unless", "before", "once", "cannot", "can't", "won't", "be", "hope", "expect", "expected", "likely",
    ]
    /// Possessives between a giving verb and what it gives ("given its approval").
    static let possessives: Set<String> = ["his", "her", "its", "their", "the", "a", "an", "our", "my", "formal", "full"]
    /// Words that start an anaphoric mention of a decision ("The decision to ...").
    static let definite: Set<String> = ["the", "this", "that"]
    /// The word after which a role is newly filled ("a new chair").
    static let new = "new"
    /// Words that can stand between a subject and its verb ("I have now also", "the Panel met
    /// on 11 June and approved").
    static let subjectReach = 8
    /// Dashes and colons that separate a decision record's number from its title.
    static let recordSeparators: Set<String> = ["-", "–", "—", ":"]
}
