/// A hand annotation of some documents: the file `docgraph eval --gold` reads, in the shape of
/// `../shared/gold/seeds-dev.json`.
///
/// Every list is required (it may be empty). Within entries, the keys scoring needs are required
/// (`file`; `name`, `aliases`, `docs`; `doc`, `title`, `participants`; `keywords`; `id`;
/// `commitment`) and the descriptive ones (`summary`, `evidence`, `roles`, `kind`, `place`, ...)
/// are optional. Load one with ``load(from:)`` or ``decode(_:path:)``, which also check that
/// every document and commitment an entry names is listed.
public struct GoldStandard: Hashable, Sendable, Codable {
    /// The annotated documents; only these are scored.
    public var documents: [GoldDocument]
    public var people: [GoldPerson]
    public var organisations: [GoldOrganisation]
    public var meetings: [GoldMeeting]
    public var decisions: [GoldDecision]
    public var commitments: [GoldCommitment]
    public var followUps: [GoldFollowUp]

    enum CodingKeys: String, CodingKey {
        case documents, people, organisations, meetings, decisions, commitments, followUps = "follow_ups"
    }

    public init(
        documents: [GoldDocument], people: [GoldPerson] = [], organisations: [GoldOrganisation] = [],
        meetings: [GoldMeeting] = [], decisions: [GoldDecision] = [], commitments: [GoldCommitment] = [],
        followUps: [GoldFollowUp] = []
    ) {
        self.documents = documents
        self.people = people
        self.organisations = organisations
        self.meetings = meetings
        self.decisions = decisions
        self.commitments = commitments
        self.followUps = followUps
    }
}
