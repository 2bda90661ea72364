import DocGraphKit

/// A decision a careful reader finds in one document.
public struct GoldDecision: Hashable, Sendable, Codable {
    /// The file name of the document.
    public var doc: String
    public var date: PartialDate?
    public var decidedBy: String?
    public var summary: String?
    /// Words and phrases at least half of which a matching node's text or evidence holds.
    public var keywords: [String]
    public var evidence: String?

    enum CodingKeys: String, CodingKey {
        case doc, date, decidedBy = "decided_by", summary, keywords, evidence
    }

    public init(
        doc: String, date: PartialDate? = nil, decidedBy: String? = nil, summary: String? = nil, keywords: [String],
        evidence: String? = nil
    ) {
        self.doc = doc
        self.date = date
        self.decidedBy = decidedBy
        self.summary = summary
        self.keywords = keywords
        self.evidence = evidence
    }
}
