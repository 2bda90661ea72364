import DocGraphKit

/// Finds the language of an outcome in a passage's words: phrases of delivery, progress,
/// change or abandonment that report rather than plan ("will be published" and "keen that it
/// is adopted" report nothing) and that stand near a word of the commitment's topic ("the
/// second cyber crime survey ... published" reports on a survey; "the minutes are published"
/// does not), and words pointing back to a commitment ("that commitment").
struct CueFinder: Sendable {
    let lexicon: FollowUpLexicon

    struct Found: Hashable, Sendable {
        /// The strongest relation the words report: dropped, then changed, fulfilled, progress.
        var relation: FollowUpRelation?
        var phrase: String?
        var anaphora: String?
    }

    /// The distinctive words of a commitment a cue must stand near, as the term ids of their
    /// stems: those of its own sentence, and those of its wider context for abandonment (a
    /// decision to drop a plan names the policy it concerns more often than it repeats the promise).
    struct Topic: Hashable, Sendable {
        /// Term ids, sorted.
        var own: [Int32]
        /// Term ids, sorted.
        var wide: [Int32]
    }

    /// Relations in the order one outweighs the next when a passage holds several.
    static let priority: [FollowUpRelation] = [.dropped, .changed, .fulfilled, .progress]
    /// How many words before a cue are searched for a word that makes it hypothetical.
    static let hypotheticalReach = 5
    /// How many words either side of a cue are searched for a topic word.
    static let topicReach = 12

    /// The cues in a window's words (lower case), given the term ids of their stems in the same
    /// order (-1 for a stem that is no term).
    func cues(in words: [String], stems: [Int32], topic: Topic) -> Found {
        var found = Found()
        search: for relation in Self.priority {
            guard let phrases = lexicon.cues[relation] else { continue }
            let near = relation == .dropped ? topic.wide : topic.own
            for match in phrases.matches(in: words)
            where !isHypothetical(at: match.lowerBound, in: words) && isNear(match, near, stems: stems) {
                found.relation = relation
                found.phrase = words[match].joined(separator: " ")
                break search
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

    /// True when a topic word stands within reach of the cue, outside it.
    /// `topic` holds term ids, sorted.
    func isNear(_ match: Range<Int>, _ topic: [Int32], stems: [Int32]) -> Bool {
        let before = max(0, match.lowerBound - Self.topicReach)..<match.lowerBound
        let after = match.upperBound..<min(stems.count, match.upperBound + Self.topicReach)
        func isTopic(_ stem: Int32) -> Bool {
            let index = topic.firstIndex(atOrPast: { $0 >= stem })
            return index < topic.count && topic[index] == stem
        }
        return before.contains { isTopic(stems[$0]) } || after.contains { isTopic(stems[$0]) }
    }
}
