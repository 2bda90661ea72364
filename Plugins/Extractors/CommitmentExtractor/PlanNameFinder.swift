import DocGraphKit

/// Finds the named plans a sentence refers to: a run of capitalised words (joined by "and",
/// "of", "for" or "&") ending in a plan word, after a determiner: "my Police and Crime Plan",
/// "the Local Transport Strategy".
struct PlanNameFinder: Sendable {
    let lexicon: CommitmentLexicon

    static let connectors: Set<String> = ["and", "of", "for", "&"]

    /// The words naming each plan in the sentence, as ranges of `words`.
    func plans(in words: [ClauseWord]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for end in words.indices where words[end].isCapitalised && lexicon.planWords.contains([words[end].lower]) {
            var start = end
            while start > 0 {
                let previous = words[start - 1]
                if previous.isCapitalised && !lexicon.planDeterminers.contains([previous.lower]) {
                    start -= 1
                } else if Self.connectors.contains(previous.lower), start > 1, words[start - 2].isCapitalised {
                    start -= 1
                } else {
                    break
                }
            }
            guard end > start, start > 0, lexicon.planDeterminers.contains([words[start - 1].lower]) else { continue }
            found.append(start..<(end + 1))
        }
        return found
    }
}
