import DocGraphKit

/// A commitment as the reports show it: what was promised, by whom, when, in which document,
/// what became of it and where it stands.
public struct CommitmentEntry: Hashable, Sendable, Codable {
    /// The Commitment node's id in the store: what `docgraph trace ID` takes.
    public var id: Int64
    public var text: String
    /// pledge, promise, intention or expectation.
    public var kind: String?
    public var date: PartialDate?
    public var due: PartialDate?
    /// Names of who made it (MADE).
    public var madeBy: [String]
    /// Names of the plans it is part of (PART_OF).
    public var plans: [String]
    /// Names of what it concerns (CONCERNS).
    public var concerns: [String]
    public var document: DocumentReference?
    /// The sentence it is stated in.
    public var quote: String?
    /// Every follow-up, earliest first.
    public var followUps: [FollowUpEntry]
    public var status: CommitmentStatus

    public init(
        id: Int64, text: String, kind: String? = nil, date: PartialDate? = nil, due: PartialDate? = nil,
        madeBy: [String] = [], plans: [String] = [], concerns: [String] = [], document: DocumentReference? = nil,
        quote: String? = nil, followUps: [FollowUpEntry] = [], status: CommitmentStatus = .open
    ) {
        self.id = id
        self.text = text
        self.kind = kind
        self.date = date
        self.due = due
        self.madeBy = madeBy
        self.plans = plans
        self.concerns = concerns
        self.document = document
        self.quote = quote
        self.followUps = followUps
        self.status = status
    }

    /// The makers joined for a table cell, or `unknown`.
    public var makersText: String { madeBy.isEmpty ? "unknown" : madeBy.joined(separator: ", ") }
}
