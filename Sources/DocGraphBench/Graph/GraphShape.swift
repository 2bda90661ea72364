import DocGraphKit

/// How many nodes of each label and relationships of each type a generated graph has.
///
/// Nodes: 5% Document, 30% Person, 5% Organisation, 25% Meeting, 20% Commitment, 15% Update.
/// Relationships: one HOLDS_ROLE per person, one FOLLOWS_UP per update (in chains), about 30%
/// ATTENDED (the same number of attendees at every meeting), and MENTIONED_IN for the rest,
/// at least one for every node that is not a document.
public struct GraphShape: Sendable, Equatable {
    public let nodes: Int
    public let relationships: Int
    public let documents: Int
    public let people: Int
    public let organisations: Int
    public let meetings: Int
    public let commitments: Int
    public let updates: Int
    /// Attendees of every meeting.
    public let attendeesPerMeeting: Int
    /// MENTIONED_IN relationships in all.
    public let mentions: Int

    /// The labels in the order their nodes are numbered.
    public static let labels = [
        GraphVocabulary.document, GraphVocabulary.person, GraphVocabulary.organisation, GraphVocabulary.meeting,
        GraphVocabulary.commitment, GraphVocabulary.update,
    ]

    public init(nodes: Int, relationships: Int) throws {
        guard nodes >= 100 else { throw BenchError("--nodes must be at least 100") }
        self.nodes = nodes
        self.relationships = relationships
        documents = nodes / 20
        people = nodes * 3 / 10
        organisations = nodes / 20
        meetings = nodes / 4
        commitments = nodes / 5
        updates = nodes - documents - people - organisations - meetings - commitments
        let linked = nodes - documents
        let fixed = people + updates
        guard relationships >= fixed + meetings + linked else {
            throw BenchError(
                "--relationships must be at least \(fixed + meetings + linked) for \(nodes) nodes (a role per person, a follow-up per update, an attendee per meeting and a mention per node)")
        }
        attendeesPerMeeting = max(1, min(relationships * 3 / 10, relationships - fixed - linked) / meetings)
        mentions = relationships - fixed - attendeesPerMeeting * meetings
    }

    /// The first node number of each label, in ``labels`` order, and the end.
    var boundaries: [Int] {
        let counts = [documents, people, organisations, meetings, commitments, updates]
        var starts = [0]
        for count in counts { starts.append(starts[starts.count - 1] + count) }
        return starts
    }

    /// The label of node `number`.
    public func label(of number: Int) -> String {
        let starts = boundaries
        for index in 1..<starts.count where number < starts[index] { return Self.labels[index - 1] }
        return Self.labels[Self.labels.count - 1]
    }

    var firstPerson: Int { documents }
    var firstOrganisation: Int { documents + people }
    var firstMeeting: Int { firstOrganisation + organisations }
    var firstCommitment: Int { firstMeeting + meetings }
    var firstUpdate: Int { firstCommitment + commitments }
}
