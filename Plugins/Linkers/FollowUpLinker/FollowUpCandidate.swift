import DocGraphKit

/// A passage of a later document scored as a follow-up of one commitment.
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
    /// What matched, in words a reader understands: shared words, entities, plan, cue, role, time.
    var matched: [String]

    /// The window's first and last passage, as keys.
    var first: PassageKey { PassageKey(document: document, passage: passages.lowerBound) }
}
