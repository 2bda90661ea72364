/// Precision, recall and F1 under one ``MatchMode``, with the counts they come from.
///
/// Precision = matched found / found; recall = matched gold / gold; F1 their harmonic mean.
/// Precision is `nil` when nothing was found and recall when the gold has nothing; F1 is `nil`
/// only when both are, and otherwise counts a missing figure as 0.
public struct Scores: Hashable, Sendable, Codable {
    /// Gold items matched by something found.
    public var matchedGold: Int
    /// Found items matching a gold item.
    public var matchedFound: Int
    public var precision: Double?
    public var recall: Double?
    public var f1: Double?

    public init(matchedGold: Int, gold: Int, matchedFound: Int, found: Int) {
        self.matchedGold = matchedGold
        self.matchedFound = matchedFound
        precision = found > 0 ? Double(matchedFound) / Double(found) : nil
        recall = gold > 0 ? Double(matchedGold) / Double(gold) : nil
        if precision == nil, recall == nil {
            f1 = nil
        } else {
            let p = precision ?? 0
            let r = recall ?? 0
            f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
        }
    }

    /// Writes undefined figures as `null`, so every report has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(matchedGold, forKey: .matchedGold)
        try container.encode(matchedFound, forKey: .matchedFound)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
        try container.encode(f1, forKey: .f1)
    }
}
