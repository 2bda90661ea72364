/// Pairs gold items with found items one to one, greedily by best overlap, deterministically.
///
/// Candidates are taken in order of score (highest first), then gold index, then found index;
/// a candidate is kept when neither side is paired yet. Strict pairs are made first; lenient
/// pairs only among what is left, so every strict pair is also a lenient one.
struct OneToOneMatcher {
    /// A possible pair and how much the two share (higher is better).
    struct Candidate {
        var gold: Int
        var found: Int
        var score: Double
    }

    /// The pairs of each mode: `found index` by `gold index`.
    struct Pairs {
        var strict: [Int: Int] = [:]
        var lenient: [Int: Int] = [:]
    }

    /// Pairs `goldCount` gold items with `foundCount` found items. `candidate` returns the
    /// overlap of a gold and a found item under a mode, or `nil` when they do not match.
    static func pair(
        goldCount: Int, foundCount: Int, candidate: (_ gold: Int, _ found: Int, _ mode: MatchMode) -> Double?
    ) -> Pairs {
        var pairs = Pairs()
        pairs.strict = greedy(goldCount: goldCount, foundCount: foundCount, taken: [:], mode: .strict, candidate: candidate)
        pairs.lenient = greedy(
            goldCount: goldCount, foundCount: foundCount, taken: pairs.strict, mode: .lenient, candidate: candidate)
        return pairs
    }

    private static func greedy(
        goldCount: Int, foundCount: Int, taken: [Int: Int], mode: MatchMode,
        candidate: (_ gold: Int, _ found: Int, _ mode: MatchMode) -> Double?
    ) -> [Int: Int] {
        let usedFound = Set(taken.values)
        var candidates: [Candidate] = []
        for gold in 0..<goldCount where taken[gold] == nil {
            for found in 0..<foundCount where !usedFound.contains(found) {
                if let score = candidate(gold, found, mode) {
                    candidates.append(Candidate(gold: gold, found: found, score: score))
                }
            }
        }
        candidates.sort {
            ($0.score, -$0.gold, -$0.found) > ($1.score, -$1.gold, -$1.found)
        }
        var result = taken
        var pairedFound = usedFound
        for candidate in candidates where result[candidate.gold] == nil && !pairedFound.contains(candidate.found) {
            result[candidate.gold] = candidate.found
            pairedFound.insert(candidate.found)
        }
        return result
    }
}
