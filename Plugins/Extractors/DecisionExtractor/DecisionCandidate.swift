import DocGraphKit

/// A decision one sentence or record reports, before decisions of one section that report the
/// same thing are merged.
struct DecisionCandidate: Sendable {
    /// The words stating the decision (the sentence, or a record's line).
    var range: TextRange
    var reference: String?
    var date: PartialDate?
    /// Mention ids of who decided.
    var deciders: [String]
    /// Mention ids of the people and bodies it is about.
    var concerns: [String]
    /// The trigger's normalised words ("awarded"), to tell two reports of one decision.
    var trigger: String
    /// True for "The decision to ...", which points back at a decision already reported.
    var isAnaphoric: Bool
    var section: Int
}
