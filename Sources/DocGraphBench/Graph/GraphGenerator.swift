import DocGraphKit

/// Generates a large graph of the schema's labels and types, deterministically from a seed:
/// documents, people holding roles in organisations, meetings they and organisations attend,
/// commitments and chains of updates following them up, every node mentioned in documents.
///
/// Nodes and relationships come in batches, so a graph of millions never sits in memory; the
/// same seed and shape give the same graph to the docgraph store and to the CSV files.
public struct GraphGenerator: Sendable {
    public let shape: GraphShape
    public let seed: UInt64

    /// Updates in one follow-up chain: between 1 and this many.
    static let longestChain = 5
    /// Every `chainSpacing`-th commitment starts a chain, while updates last.
    static let chainSpacing = 4

    public init(shape: GraphShape, seed: UInt64) {
        self.shape = shape
        self.seed = seed
    }

    // MARK: Nodes

    /// Hands nodes to `body` in batches of `size`, in number order.
    public func forEachNodeBatch(size: Int, _ body: ([GeneratedNode]) throws -> Void) rethrows {
        var batch: [GeneratedNode] = []
        batch.reserveCapacity(size)
        for number in 0..<shape.nodes {
            batch.append(node(number))
            if batch.count == size {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try body(batch) }
    }

    public func node(_ number: Int) -> GeneratedNode {
        var random = SeededGenerator(seed: seed, stream: UInt64(number))
        let label = shape.label(of: number)
        var properties: Properties
        switch label {
        case GraphVocabulary.document:
            properties = [
                "name": .string("doc-\(number).txt"), "date": .string(Self.date(&random)), "kind": "newsletter",
                "title": .string("Newsletter of " + organisationName(shape.firstOrganisation + random.below(shape.organisations))),
            ]
        case GraphVocabulary.person:
            properties = ["name": .string(personName(number))]
        case GraphVocabulary.organisation:
            properties = ["name": .string(organisationName(number)), "kind": .string(random.pick(Self.organisationKinds))]
        case GraphVocabulary.meeting:
            properties = [
                "title": .string(random.pick(Self.meetingTitles) + " in " + NamePools.place(&random)),
                "date": .string(Self.date(&random)), "status": .string(random.below(4) == 0 ? "planned" : "held"),
                "kind": .string(random.pick(["meeting", "visit", "event", "conference"])),
            ]
        case GraphVocabulary.commitment:
            properties = ["text": .string(commitmentText(number)), "date": .string(Self.date(&random))]
        default:
            properties = [
                "text": .string(random.pick(Self.updateOpenings) + " (report \(number))"),
                "date": .string(Self.date(&random)), "relation": .string(random.pick(Self.relations)),
            ]
        }
        return GeneratedNode(number: number, label: label, properties: properties)
    }

    /// The name of person node `number`: first names and composed surnames in turn, so about
    /// one name in a hundred and fifty thousand repeats, as real names do.
    public func personName(_ number: Int) -> String {
        let index = number - shape.firstPerson
        let first = NamePools.firstNames[index % NamePools.firstNames.count]
        return first + " " + NamePools.surname(number: index / NamePools.firstNames.count)
    }

    public func organisationName(_ number: Int) -> String {
        let index = number - shape.firstOrganisation
        return NamePools.place(number: index) + " " + NamePools.bodyTails[(index / NamePools.placeCount) % NamePools.bodyTails.count]
    }

    /// The text of commitment node `number`; unique, so a commitment can be named by its text.
    public func commitmentText(_ number: Int) -> String {
        var random = SeededGenerator(seed: seed ^ 0xC0, stream: UInt64(number))
        return "We will " + random.pick(Self.pledges) + " in " + NamePools.place(&random) + " (pledge \(number))"
    }

    // MARK: Relationships

    /// Hands relationships to `body` in batches of `size`: HOLDS_ROLE, ATTENDED, FOLLOWS_UP,
    /// then MENTIONED_IN.
    public func forEachRelationshipBatch(size: Int, _ body: ([GeneratedRelationship]) throws -> Void) rethrows {
        var batch: [GeneratedRelationship] = []
        batch.reserveCapacity(size)
        func add(_ relationship: GeneratedRelationship) throws {
            batch.append(relationship)
            if batch.count == size {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        for person in shape.firstPerson..<shape.firstOrganisation {
            var random = SeededGenerator(seed: seed ^ 0x401E, stream: UInt64(person))
            try add(GeneratedRelationship(
                type: GraphVocabulary.holdsRole, from: person, to: shape.firstOrganisation + pickOrganisation(&random),
                properties: ["title": .string(random.pick(Self.roles))]))
        }
        for meeting in shape.firstMeeting..<shape.firstCommitment {
            for (slot, attendee) in attendees(of: meeting).enumerated() {
                try add(GeneratedRelationship(
                    type: GraphVocabulary.attended, from: attendee, to: meeting,
                    properties: ["role": .string(slot == 0 ? "chair" : "attendee")]))
            }
        }
        for (update, target) in followUps() {
            var random = SeededGenerator(seed: seed ^ 0xF011, stream: UInt64(update))
            try add(GeneratedRelationship(
                type: GraphVocabulary.followsUp, from: update, to: target,
                properties: ["relation": .string(random.pick(Self.relations))]))
        }
        let linked = shape.nodes - shape.documents
        let each = shape.mentions / linked
        let extra = shape.mentions % linked
        for node in shape.documents..<shape.nodes {
            var random = SeededGenerator(seed: seed ^ 0x3E47, stream: UInt64(node))
            let base = random.below(shape.documents)
            for mention in 0..<(each + (node - shape.documents < extra ? 1 : 0)) {
                try add(GeneratedRelationship(
                    type: GraphVocabulary.mentionedIn, from: node, to: (base + mention * 7919) % shape.documents, properties: [:]))
            }
        }
        if !batch.isEmpty { try body(batch) }
    }

    /// The attendees of a meeting, distinct: mostly people, some organisations, a few of each
    /// far busier than the rest.
    func attendees(of meeting: Int) -> [Int] {
        var random = SeededGenerator(seed: seed ^ 0xA77E, stream: UInt64(meeting))
        var chosen: [Int] = []
        var tries = 0
        while chosen.count < shape.attendeesPerMeeting && tries < shape.attendeesPerMeeting * 4 {
            tries += 1
            let attendee: Int
            if random.below(5) == 0 {
                attendee = shape.firstOrganisation + pickOrganisation(&random)
            } else {
                let person = random.below(10) == 0 ? random.skewed(below: shape.people) : random.below(shape.people)
                attendee = shape.firstPerson + person
            }
            if !chosen.contains(attendee) { chosen.append(attendee) }
        }
        return chosen
    }

    private func pickOrganisation(_ random: inout SeededGenerator) -> Int {
        random.below(4) == 0 ? random.skewed(below: shape.organisations) : random.below(shape.organisations)
    }

    /// Every update and what it follows up: the first update of a chain follows up a
    /// commitment, each later one the update before it.
    func followUps() -> [(update: Int, target: Int)] {
        var links: [(Int, Int)] = []
        links.reserveCapacity(shape.updates)
        var update = shape.firstUpdate
        var chain = 0
        while update < shape.nodes {
            let commitment = shape.firstCommitment + (chain * Self.chainSpacing) % shape.commitments
            var random = SeededGenerator(seed: seed ^ 0xC4A1, stream: UInt64(chain))
            let length = 1 + random.below(Self.longestChain)
            for step in 0..<length where update < shape.nodes {
                links.append((update, step == 0 ? commitment : update - 1))
                update += 1
            }
            chain += 1
        }
        return links
    }

    /// The commitments that start a follow-up chain.
    public func commitmentsWithFollowUps() -> [Int] {
        var seen = Set<Int>()
        return followUps().compactMap { $0.target >= shape.firstCommitment && $0.target < shape.firstUpdate ? $0.target : nil }
            .filter { seen.insert($0).inserted }
    }

    // MARK: Words

    static func date(_ random: inout SeededGenerator) -> String {
        let month = 1 + random.below(12)
        let day = 1 + random.below(28)
        return "\(2012 + random.below(14))-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    static let organisationKinds = ["police", "council", "charity", "government", "partnership", "association", "committee"]
    static let meetingTitles = [
        "Police and Crime Panel", "Community safety summit", "Rural crime forum", "Visit to the control room",
        "Partnership board", "Youth engagement event", "Budget consultation", "Neighbourhood surgery",
    ]
    static let roles = ["Chair", "Chief Executive", "Councillor", "Inspector", "Policy Officer", "Trustee", "Director", "Volunteer"]
    static let pledges = [
        "recruit more officers", "open a new police station", "reduce rural crime", "fund victim support services",
        "publish a new plan", "equip officers with mobile devices", "tackle anti-social behaviour", "support youth projects",
    ]
    static let updateOpenings = [
        "Work has started on the pledge", "The new service opened", "Progress was reported to the panel",
        "The plan was changed after consultation", "The project was dropped for lack of funds", "Recruitment is complete",
    ]
    static let relations = ["progress", "fulfilled", "changed", "dropped"]
}
