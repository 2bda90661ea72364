import DocGraphKit

/// What the catalog looks up while it reads commitments: documents by sha256, node names and
/// dates by id, relationships by type, and the sentence each node is quoted in.
struct GraphIndex {
    var documents: [String: DocumentReference] = [:]
    var names: [Int64: String] = [:]
    var nodeDates: [Int64: PartialDate] = [:]
    var labels: [Int64: String] = [:]
    /// The aliases of each named node, by its name.
    var aliases: [String: [String]] = [:]
    /// The quote of each node's MENTIONED_IN relationship: the sentence it is stated in.
    var sentences: [Int64: String] = [:]
    private var relationships: [String: [StoredRelationship]] = [:]

    /// The labels whose nodes a commitment can be made by, concern or follow from.
    static let namedLabels = GraphVocabulary.nodeLabels.filter { $0 != GraphVocabulary.document }

    init(graph: some GraphReading) throws {
        for document in try graph.documents() {
            documents[document.sha256] = DocumentReference(name: document.name, date: document.date, sha256: document.sha256)
        }
        for label in Self.namedLabels {
            for node in try graph.nodes(labeled: label) {
                names[node.id] = node.displayName
                if let more = node.properties["aliases"]?.stringList, !more.isEmpty { aliases[node.displayName, default: []] += more }
                labels[node.id] = label
                if let date = node.properties["date"]?.stringValue.flatMap(PartialDate.init(iso:)) { nodeDates[node.id] = date }
            }
        }
        for type in [GraphVocabulary.made, GraphVocabulary.partOf, GraphVocabulary.concerns] {
            relationships[type] = try graph.relationships(ofType: type)
        }
        for relationship in try graph.relationships(ofType: GraphVocabulary.mentionedIn)
        where labels[relationship.from] == GraphVocabulary.commitment {
            if sentences[relationship.from] == nil { sentences[relationship.from] = relationship.properties["quote"]?.stringValue }
        }
    }

    /// Nodes a relationship of a type leads to from a node.
    func targets(_ type: String, from node: Int64) -> [Int64] {
        (relationships[type] ?? []).filter { $0.from == node }.map(\.to)
    }

    /// Nodes a relationship of a type comes from into a node.
    func sources(_ type: String, into node: Int64) -> [Int64] {
        (relationships[type] ?? []).filter { $0.to == node }.map(\.from)
    }

    /// The names of nodes, without repeats, in order.
    func names(of nodes: [Int64]) -> [String] {
        var seen = Set<String>()
        return nodes.compactMap { names[$0] }.filter { seen.insert($0).inserted }
    }

    /// A FOLLOWS_UP relationship as an entry; `nil` when it names no relation the schema knows.
    func followUp(_ relationship: StoredRelationship) -> FollowUpEntry? {
        let properties = relationship.properties
        guard let relation = properties["relation"]?.stringValue.flatMap(FollowUpRelation.init(rawValue:)) else { return nil }
        let document = properties["document"]?.stringValue.flatMap { documents[$0] }
        return FollowUpEntry(
            id: relationship.id, relation: relation, date: nodeDates[relationship.from] ?? document?.date, document: document,
            quote: properties["quote"]?.stringValue ?? names[relationship.from] ?? "", score: properties["score"]?.doubleValue,
            matched: properties["matched"]?.stringList ?? [], origin: properties["origin"]?.stringValue ?? "extracted",
            source: labels[relationship.from] ?? GraphVocabulary.update)
    }
}
