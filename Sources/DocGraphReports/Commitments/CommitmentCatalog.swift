import DocGraphKit

/// Every commitment of a graph with its makers, plan, concerns, follow-ups and status.
///
/// The status is derived on read with ``CommitmentStatus/derive(followUps:due:asOf:)`` from
/// every FOLLOWS_UP relationship, extracted or curated, against the date of the latest document.
public struct CommitmentCatalog: Sendable {
    /// Commitments in the order of their date, then their id.
    public var entries: [CommitmentEntry]
    /// The date of the latest document: a due date before it has passed.
    public var asOf: PartialDate?
    /// Other names of the makers (a person's aliases, an organisation's acronym), by name.
    public var aliases: [String: [String]]

    public init(entries: [CommitmentEntry], asOf: PartialDate?, aliases: [String: [String]] = [:]) {
        self.entries = entries
        self.asOf = asOf
        self.aliases = aliases
    }

    /// Reads the catalog from a graph.
    public init(graph: some GraphReading) throws {
        let reader = try GraphIndex(graph: graph)
        asOf = reader.documents.values.compactMap(\.date).max()
        aliases = reader.aliases
        let followUps = Dictionary(grouping: try graph.relationships(ofType: GraphVocabulary.followsUp), by: \.to)
        var entries: [CommitmentEntry] = []
        let mentions = try graph.mentions(ofNodesLabeled: GraphVocabulary.commitment)
        for node in try graph.nodes(labeled: GraphVocabulary.commitment) {
            let evidence = mentions[node.id]?.first
            let document = evidence.flatMap { reader.documents[$0.document] }
            var entry = CommitmentEntry(
                id: node.id, text: node.properties["text"]?.stringValue ?? evidence?.quote ?? node.displayName,
                kind: node.properties["kind"]?.stringValue,
                date: node.properties["date"]?.stringValue.flatMap(PartialDate.init(iso:)) ?? document?.date,
                due: node.properties["due"]?.stringValue.flatMap(PartialDate.init(iso:)),
                madeBy: reader.names(of: reader.sources(GraphVocabulary.made, into: node.id)),
                plans: reader.names(of: reader.targets(GraphVocabulary.partOf, from: node.id)),
                concerns: reader.names(of: reader.targets(GraphVocabulary.concerns, from: node.id)),
                document: document, quote: reader.sentences[node.id] ?? evidence?.quote)
            entry.followUps = (followUps[node.id] ?? []).compactMap(reader.followUp).sorted(by: Self.earlier)
            entry.status = CommitmentStatus.derive(
                followUps: entry.followUps.map { .init(relation: $0.relation, date: $0.date) }, due: entry.due, asOf: asOf)
            entries.append(entry)
        }
        self.entries = entries.sorted { Self.order($0.date, $0.id) < Self.order($1.date, $1.id) }
    }

    /// The commitment with an id.
    public func entry(id: Int64) -> CommitmentEntry? {
        entries.first { $0.id == id }
    }

    private static func earlier(_ left: FollowUpEntry, _ right: FollowUpEntry) -> Bool {
        order(left.date, left.id) < order(right.date, right.id)
    }

    /// Undated first, then by first day, then by id.
    private static func order(_ date: PartialDate?, _ id: Int64) -> (Int, Int, Int, Int64) {
        let first = date?.firstDay ?? (year: 0, month: 0, day: 0)
        return (first.year, first.month, first.day, id)
    }
}
