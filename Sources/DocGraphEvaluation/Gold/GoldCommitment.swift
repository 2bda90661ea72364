import DocGraphKit

/// A pledge, promise or stated future action a careful reader finds in one document.
public struct GoldCommitment: Hashable, Sendable, Codable {
    /// Unique in the file; follow-ups name the commitment by it.
    public var id: String
    /// The file name of the document.
    public var doc: String
    public var date: PartialDate?
    public var madeBy: String?
    public var summary: String?
    public var due: PartialDate?
    /// Words and phrases at least half of which a matching node's text or evidence holds.
    public var keywords: [String]
    public var evidence: String?

    enum CodingKeys: String, CodingKey {
        case id, doc, date, madeBy = "made_by", summary, due, keywords, evidence
    }

    public init(
        id: String, doc: String, date: PartialDate? = nil, madeBy: String? = nil, summary: String? = nil,
        due: PartialDate? = nil, keywords: [String], evidence: String? = nil
    ) {
        self.id = id
        self.doc = doc
        self.date = date
        self.madeBy = madeBy
        self.summary = summary
        self.due = due
        self.keywords = keywords
        self.evidence = evidence
    }
}
