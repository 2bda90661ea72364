import DocGraphKit

/// A passage of a later document scored as a follow-up of one commitment.
///
/// It keeps what its explanation is made from (the cues, plan and role found), not the lines:
/// a corpus yields several candidates for each follow-up chosen, and the lines of the chosen
/// ones are written afterwards (``FollowUpScorer/matched(for:)``).
struct FollowUpCandidate: Sendable, Equatable {
    /// Index of the commitment in the corpus.
    var commitment: Int
    var document: Int
    /// The passages of the window, one sentence or two.
    var passages: Range<Int>
    /// Cosine of the weighted words and entities of commitment and window.
    var similarity: Double
    var score: Double
    var relation: FollowUpRelation
    /// The language of an outcome and the pointing back found in the window.
    var cues: CueFinder.Found
    /// The commitment's plan the window names.
    var plan: String?
    /// The role the commitment set out to fill, with the name after it, as the window writes it.
    var role: String?

    /// The window's first and last passage, as keys.
    var first: PassageKey { PassageKey(document: document, passage: passages.lowerBound) }
}
