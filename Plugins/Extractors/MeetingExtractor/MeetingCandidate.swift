import DocGraphKit

/// A meeting found in one place of a document, before candidates that describe the same
/// meeting are merged.
struct MeetingCandidate: Sendable {
    /// Where the candidate was found, which decides how it merges.
    enum Source: Int, Sendable, Comparable {
        /// A dated entry of a diary list.
        case diary
        /// A sentence that reports the meeting.
        case narrative
        /// A picture's caption naming who is at an event.
        case caption

        static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One party taking part, with the passage that says so.
    struct Participation: Sendable, Hashable {
        var mention: String
        var role: String
        var evidence: TextRange
    }

    /// The words naming the event.
    var title: TextRange
    /// The sentence or diary entry that reports it.
    var evidence: TextRange
    var kind: String
    var status: String
    var date: PartialDate?
    var participants: [Participation] = []
    /// Place mention ids, each with the passage that places the meeting there.
    var places: [(mention: String, evidence: TextRange)] = []
    var source: Source
    /// Index of the document section (between headings) it lies in.
    var section: Int
    /// Index of its sentence in the document, for nearness.
    var sentence: Int
    /// True when the title is a proper name ("Kenilworth Show").
    var isNamed: Bool
    var isRecurring: Bool
    /// True for a narrative report with no meeting word, place, date or party met ("I joined
    /// the team during the morning"): it adds to the meeting its section already reports, if any.
    var isVague = false
    /// True for a heading that names an event ("In Pictures: Kenilworth Show"): it merges into
    /// the meeting its section's text reports.
    var isHeading = false
    /// The title's text, as the document gives it.
    var titleText = ""

    /// What two mentions of one named or recurring meeting share: the title's normalised words.
    var nameKey: String? {
        let key = NameKey.normalise(titleText)
        return key.isEmpty ? nil : key
    }

    /// Adds a participant, keeping the weightier role when the mention is already there.
    mutating func add(_ participation: Participation) {
        if let index = participants.firstIndex(where: { $0.mention == participation.mention }) {
            if MeetingCandidate.weight(participation.role) > MeetingCandidate.weight(participants[index].role) {
                participants[index].role = participation.role
            }
        } else {
            participants.append(participation)
        }
    }

    /// Adds a place unless it is already there.
    mutating func addPlace(_ mention: String, evidence: TextRange) {
        if !places.contains(where: { $0.mention == mention }) { places.append((mention, evidence)) }
    }

    /// Takes in what another candidate for the same meeting knows.
    mutating func absorb(_ other: MeetingCandidate) {
        for participation in other.participants { add(participation) }
        for place in other.places { addPlace(place.mention, evidence: place.evidence) }
        if date == nil { date = other.date }
    }

    private static func weight(_ role: String) -> Int {
        ["attendee": 0, "host": 1, "speaker": 2, "chair": 3][role] ?? 0
    }
}
