import DocGraphKit

/// Every meeting a person or organisation attended, from the graph's ATTENDED and HELD_AT
/// relationships: what `docgraph met NAME` prints.
///
/// A name finds the people and organisations whose name or one of whose aliases is the name,
/// compared case-insensitively and then as ``NameKey`` normalises names ("NFU" finds the
/// National Farmers Union once the acronym is its alias; "the nfu" finds it too). An unknown
/// name is a ``MeetingReportError`` with the closest known names. Meetings come in date order
/// (a meeting without a date takes its document's), undated ones last.
public struct MeetingReport: Sendable {
    let graph: any GraphReading
    /// How many close names an unknown name suggests.
    static let suggestionCount = 3

    public init(graph: any GraphReading) {
        self.graph = graph
    }

    /// The people and organisations a name stands for.
    public func parties(named name: String) throws -> [StoredNode] {
        let labels = [GraphVocabulary.person, GraphVocabulary.organisation]
        var found = try labels.flatMap { try graph.nodes(labeled: $0, named: [name]) }
        if found.isEmpty {
            let wanted = NameKey.normalise(name)
            found = try labels.flatMap { try graph.nodes(labeled: $0) }.filter { node in
                MeetingReport.names(of: node).contains { NameKey.normalise($0) == wanted }
            }
        }
        guard !found.isEmpty else { throw MeetingReportError.unknownName(name, suggestions: try suggestions(for: name)) }
        return found
    }

    /// The meetings the named party attended that pass the filter, in date order.
    public func meetings(attendedBy name: String, filter: MeetingFilter = MeetingFilter()) throws -> [AttendedMeeting] {
        let party = Set(try parties(named: name).map(\.id))
        let companions = try filter.with.map { Set(try parties(named: $0).map(\.id)) }
        let attended = try graph.relationships(ofType: GraphVocabulary.attended)
        let meetings = Dictionary(try graph.nodes(labeled: GraphVocabulary.meeting).map { ($0.id, $0) }) { first, _ in first }
        let nodes = try nodeNames()
        let documents = Dictionary(try graph.documents().map { ($0.sha256, $0) }) { first, _ in first }
        let places = Dictionary(grouping: try graph.relationships(ofType: GraphVocabulary.heldAt), by: \.from)
        let attendees = Dictionary(grouping: attended, by: \.to)
        var listed: [(date: PartialDate?, meeting: AttendedMeeting)] = []
        var seen = Set<Int64>()
        for relationship in attended where party.contains(relationship.from) {
            guard let meeting = meetings[relationship.to], seen.insert(meeting.id).inserted else { continue }
            let present = attendees[meeting.id] ?? []
            if let companions, !present.contains(where: { companions.contains($0.from) }) { continue }
            let status = meeting.properties["status"]?.stringValue
            if let wanted = filter.status, status != wanted { continue }
            let document = relationship.properties["document"]?.stringValue.flatMap { documents[$0] }
            let date = meeting.properties["date"]?.stringValue.flatMap(PartialDate.init(iso:)) ?? document?.date
            guard filter.admits(date) else { continue }
            let roles = present.filter { party.contains($0.from) }.compactMap { $0.properties["role"]?.stringValue }
            listed.append((date, AttendedMeeting(
                date: meeting.properties["date"]?.stringValue, status: status, kind: meeting.properties["kind"]?.stringValue,
                title: meeting.displayName, role: MeetingReport.weightiest(roles),
                places: MeetingReport.unique((places[meeting.id] ?? []).compactMap { nodes[$0.to] }),
                others: MeetingReport.unique(present.filter { !party.contains($0.from) }.compactMap { nodes[$0.from] }),
                evidence: relationship.properties["quote"]?.stringValue ?? "", document: document?.name ?? "")))
        }
        return listed.sorted { left, right in
            switch (left.date, right.date) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (left.meeting.title, left.meeting.document) < (right.meeting.title, right.meeting.document)
            }
        }.map(\.meeting)
    }

    /// Display names of the people, organisations and places, by node id.
    private func nodeNames() throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        for label in [GraphVocabulary.person, GraphVocabulary.organisation, GraphVocabulary.place] {
            for node in try graph.nodes(labeled: label) { names[node.id] = node.displayName }
        }
        return names
    }

    /// The known names closest to an unknown one: by edit distance of the lower-cased names,
    /// names that contain it or start like it first.
    private func suggestions(for name: String) throws -> [String] {
        let wanted = name.lowercased()
        var best: [String: Int] = [:]
        for node in try [GraphVocabulary.person, GraphVocabulary.organisation].flatMap({ try graph.nodes(labeled: $0) }) {
            for candidate in MeetingReport.names(of: node) {
                let lower = candidate.lowercased()
                let distance = lower.contains(wanted) || wanted.contains(lower)
                    ? 0 : EditDistance.between(lower, wanted)
                best[node.displayName] = min(best[node.displayName] ?? .max, distance)
            }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(MeetingReport.suggestionCount).map(\.key)
    }

    private static func names(of node: StoredNode) -> [String] {
        (node.properties["name"]?.stringList ?? []) + (node.properties["aliases"]?.stringList ?? [])
    }

    private static func weightiest(_ roles: [String]) -> String? {
        let order = ["chair", "speaker", "host", "attendee"]
        return order.first(where: roles.contains) ?? roles.first
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
