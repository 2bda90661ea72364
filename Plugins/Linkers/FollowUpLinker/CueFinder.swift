import DocGraphKit

/// Finds the language of an outcome in a passage's words: phrases of delivery, progress,
/// change or abandonment that report rather than plan ("will be published" and "keen that it
/// is adopted" report nothing), and words pointing back to a commitment ("that commitment").
struct CueFinder: Sendable {
    let lexicon: FollowUpLexicon

    struct Found: Hashable, Sendable {
        /// The strongest relation the words report: dropped, then changed, fulfilled, progress.
        var relation: FollowUpRelation?
        var phrase: String?
        var anaphora: String?
    }

    /// Relations in the order one outweighs the next when a passage holds several.
    static let priority: [FollowUpRelation] = [.dropped, .changed, .fulfilled, .progress]

    /// How many words before a cue are searched for a word that makes it hypothetical.
    static let hypotheticalReach = 3

    func cues(in words: [String]) -> Found {
        var found = Found()
        for relation in Self.priority {
            guard let phrases = lexicon.cues[relation] else { continue }
            if let match = phrases.matches(in: words).first(where: { !isHypothetical(at: $0.lowerBound, in: words) }) {
                found.relation = relation
                found.phrase = words[match].joined(separator: " ")
                break
            }
        }
        if let match = lexicon.anaphora.matches(in: words).first {
            found.anaphora = words[match].joined(separator: " ")
        }
        return found
    }

    /// True when a word shortly before the cue makes it a plan, wish or condition.
    func isHypothetical(at index: Int, in words: [String]) -> Bool {
        let start = max(0, index - Self.hypotheticalReach)
        return (start..<index).contains { lexicon.hypotheticals.match(at: 0, in: Array(words[$0..<index])) != nil }
    }
}
