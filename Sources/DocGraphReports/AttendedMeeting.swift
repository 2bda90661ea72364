import DocGraphKit

/// One meeting a party attended, as `docgraph met` lists it.
public struct AttendedMeeting: Hashable, Sendable, Codable {
    /// The meeting's date, ISO at the precision the text gave; `nil` when it gave none.
    public var date: String?
    /// `held` or `planned`.
    public var status: String?
    /// `meeting`, `visit`, `conference`, `event` or `recurring`.
    public var kind: String?
    public var title: String
    /// The party's role: attendee, chair, speaker or host.
    public var role: String?
    public var places: [String]
    /// The other people and organisations present.
    public var others: [String]
    /// The sentence that says the party took part.
    public var evidence: String
    /// The file name of the document it comes from.
    public var document: String

    public init(
        date: String?, status: String?, kind: String?, title: String, role: String?, places: [String], others: [String],
        evidence: String, document: String
    ) {
        self.date = date
        self.status = status
        self.kind = kind
        self.title = title
        self.role = role
        self.places = places
        self.others = others
        self.evidence = evidence
        self.document = document
    }

    /// The columns of a listing, in order.
    public static let columns = ["date", "status", "meeting", "role", "place", "with", "evidence", "document"]

    /// The meeting's cells under ``columns``.
    public var cells: [String] {
        [date ?? "", status ?? "", title, role ?? "", places.joined(separator: "; "), others.joined(separator: "; "), evidence,
         document]
    }
}
