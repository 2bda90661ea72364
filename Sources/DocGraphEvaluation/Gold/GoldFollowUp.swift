/// A statement in a later document about an earlier commitment.
public struct GoldFollowUp: Hashable, Sendable, Codable {
    /// The ``GoldCommitment/id`` it follows up.
    public var commitment: String
    /// The file name of the later document.
    public var doc: String
    /// progress, fulfilled, changed or dropped; not scored.
    public var relation: String?
    public var summary: String?
    /// Words and phrases at least half of which the source node's text or evidence holds.
    public var keywords: [String]
    public var evidence: String?

    public init(
        commitment: String, doc: String, relation: String? = nil, summary: String? = nil, keywords: [String],
        evidence: String? = nil
    ) {
        self.commitment = commitment
        self.doc = doc
        self.relation = relation
        self.summary = summary
        self.keywords = keywords
        self.evidence = evidence
    }
}
