import DocGraphKit

/// The linker's thresholds and weights: the manifest's defaults, overridable in `docgraph.yaml`.
struct FollowUpOptions: Hashable, Sendable {
    /// Least similarity of words and entities for a link backed by the language of delivery,
    /// change or abandonment.
    var similarityWithCue: Double
    /// Least similarity for a link with no such language (reported as progress).
    var similarityWithoutCue: Double
    /// Least similarity of the two sentences themselves (with their neighbours): a shared
    /// section alone makes no link.
    var sentenceSimilarity: Double
    /// Least score of any link.
    var minimumScore: Double
    /// Two commitments whose own sentences are this similar restate one another: a passage
    /// follows up the earlier only.
    var restatementSimilarity: Double
    /// A passage follows up the commitments that score at least this share of the best score
    /// any commitment reaches with it.
    var nearBest: Double
    /// How much the similarity of the two sentences (with their neighbours) and of the two
    /// sections they stand in count; they add up to 1.
    var sentenceWeight: Double
    var sectionWeight: Double
    /// Added to the similarity when the passage uses the language of a relation: rarer,
    /// more decisive language weighs more.
    var cueWeights: [FollowUpRelation: Double]
    /// Added when the passage points back to a commitment ("that commitment").
    var anaphoraWeight: Double
    /// Added when the passage names the commitment's plan.
    var planWeight: Double
    /// Added when the passage names someone in the role a commitment set out to fill.
    var roleWeight: Double
    /// How many months after a commitment's date a later document may report on it.
    var reachMonths: Int
    /// How many of a commitment's most similar windows are weighed in full.
    var candidateLimit: Int

    static let defaults: Properties = [
        "similarityWithCue": 0.15, "similarityWithoutCue": 0.4, "sentenceSimilarity": 0.1, "minimumScore": 0.22,
        "restatementSimilarity": 0.25, "nearBest": 0.85, "sentenceWeight": 0.7, "sectionWeight": 0.3,
        "progressWeight": 0.08, "fulfilledWeight": 0.1, "changedWeight": 0.15, "droppedWeight": 0.2,
        "anaphoraWeight": 0.15, "planWeight": 0.05, "roleWeight": 0.3,
        "reachMonths": 36, "candidateLimit": 200,
    ]

    init(_ options: Properties) {
        func value(_ key: String) -> Double {
            options[key]?.doubleValue ?? Self.defaults[key]?.doubleValue ?? 0
        }
        similarityWithCue = value("similarityWithCue")
        similarityWithoutCue = value("similarityWithoutCue")
        sentenceSimilarity = value("sentenceSimilarity")
        minimumScore = value("minimumScore")
        restatementSimilarity = value("restatementSimilarity")
        nearBest = value("nearBest")
        sentenceWeight = value("sentenceWeight")
        sectionWeight = value("sectionWeight")
        cueWeights = Dictionary(uniqueKeysWithValues: FollowUpRelation.allCases.map { ($0, value("\($0.rawValue)Weight")) })
        anaphoraWeight = value("anaphoraWeight")
        planWeight = value("planWeight")
        roleWeight = value("roleWeight")
        reachMonths = max(0, Int(value("reachMonths")))
        candidateLimit = max(1, Int(value("candidateLimit")))
    }
}
