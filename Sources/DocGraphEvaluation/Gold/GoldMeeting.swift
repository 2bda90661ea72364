import DocGraphKit

/// A meeting, visit, conference or event a careful reader finds in one document.
public struct GoldMeeting: Hashable, Sendable, Codable {
    /// The file name of the document.
    public var doc: String
    /// When it took place, at the precision the text gives; `nil` when the text gives none,
    /// in which case any date (or none) agrees.
    public var date: PartialDate?
    /// A short title; its words of four letters or more are looked for in the node's text.
    public var title: String
    /// Names of the people and bodies taking part.
    public var participants: [String]
    public var place: String?
    public var status: String?
    public var evidence: String?

    public init(
        doc: String, date: PartialDate? = nil, title: String, participants: [String] = [], place: String? = nil,
        status: String? = nil, evidence: String? = nil
    ) {
        self.doc = doc
        self.date = date
        self.title = title
        self.participants = participants
        self.place = place
        self.status = status
        self.evidence = evidence
    }
}
