import DocGraphKit

/// One later statement about a commitment: a FOLLOWS_UP relationship with its evidence.
public struct FollowUpEntry: Hashable, Sendable, Codable {
    /// The relationship's id in the store.
    public var id: Int64
    public var relation: FollowUpRelation
    /// When it was said: the follow-up node's date, else its document's.
    public var date: PartialDate?
    public var document: DocumentReference?
    /// The passage that reports it.
    public var quote: String
    /// How sure the linker was, when a linker made it.
    public var score: Double?
    /// What the linker matched: shared words and entities, plan, cue, role, time.
    public var matched: [String]
    /// `extracted` or `curated`.
    public var origin: String
    /// The label of the node the follow-up comes from: Update, Decision or Meeting.
    public var source: String

    public init(
        id: Int64, relation: FollowUpRelation, date: PartialDate?, document: DocumentReference?, quote: String,
        score: Double? = nil, matched: [String] = [], origin: String = "extracted", source: String = GraphVocabulary.update
    ) {
        self.id = id
        self.relation = relation
        self.date = date
        self.document = document
        self.quote = quote
        self.score = score
        self.matched = matched
        self.origin = origin
        self.source = source
    }
}
