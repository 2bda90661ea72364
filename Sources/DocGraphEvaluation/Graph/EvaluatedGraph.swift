import DocGraphKit

/// What scoring reads of a graph, gathered once through ``GraphReading`` and limited to the
/// documents the gold lists (matched by file name).
struct EvaluatedGraph: Sendable {
    /// The labels whose nodes scoring reads.
    static let labels = [
        GraphVocabulary.person, GraphVocabulary.organisation, GraphVocabulary.meeting, GraphVocabulary.decision,
        GraphVocabulary.commitment, GraphVocabulary.update,
    ]

    /// Each gold document and the stored documents matched to it.
    var coverage: [DocumentCoverage]
    /// Nodes by label, in id order.
    var nodesByLabel: [String: [EvaluatedNode]]
    var nodesByID: [Int64: EvaluatedNode]
    /// Ids of the nodes with an ATTENDED relationship into each meeting, in relationship order.
    var attendees: [Int64: [Int64]]
    /// FOLLOWS_UP relationships from a scored document.
    var followUps: [FollowUpLink]

    /// Nodes with a label.
    func nodes(_ label: String) -> [EvaluatedNode] { nodesByLabel[label] ?? [] }

    /// Reads the graph.
    ///
    /// - Throws: ``EvaluationError/noDocumentsInStore(files:store:)`` when no gold document is
    ///   stored, and whatever the graph throws.
    init(reading graph: some GraphReading, gold: GoldStandard, storeName: String? = nil) throws {
        let stored = try graph.documents()
        let order = Dictionary(gold.documents.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { first, _ in first })
        var fileBySHA: [String: String] = [:]
        var fileByNodeID: [Int64: String] = [:]
        coverage = gold.documents.map { document in
            let matches = stored.filter { $0.name == document.file || Self.fileName(of: $0.source) == document.file }
            for match in matches {
                fileBySHA[match.sha256] = document.file
                fileByNodeID[match.nodeID] = document.file
            }
            return DocumentCoverage(file: document.file, stored: matches.map(\.source))
        }
        guard coverage.contains(where: \.isInStore) else {
            throw EvaluationError.noDocumentsInStore(files: gold.documents.map(\.file), store: storeName)
        }
        func inOrder(_ files: some Sequence<String>) -> [String] {
            Set(files).sorted { (order[$0] ?? 0, $0) < (order[$1] ?? 0, $1) }
        }

        let relationships = try graph.relationships(ofType: nil)
        var documentsByNode: [Int64: [String]] = [:]
        var quotesByNode: [Int64: [String]] = [:]
        var attendees: [Int64: [Int64]] = [:]
        for relationship in relationships {
            if relationship.type == GraphVocabulary.mentionedIn, let file = fileByNodeID[relationship.to] {
                documentsByNode[relationship.from, default: []].append(file)
            }
            if relationship.type == GraphVocabulary.attended {
                attendees[relationship.to, default: []].append(relationship.from)
            }
            // A follow-up's words belong to the later statement, not to the commitment.
            if relationship.type != GraphVocabulary.followsUp, let quote = relationship.properties["quote"]?.stringValue {
                quotesByNode[relationship.from, default: []].append(quote)
                if relationship.type != GraphVocabulary.mentionedIn {
                    quotesByNode[relationship.to, default: []].append(quote)
                }
            }
        }

        var nodesByLabel: [String: [EvaluatedNode]] = [:]
        var nodesByID: [Int64: EvaluatedNode] = [:]
        for label in Self.labels {
            let mentionsOfLabel = try graph.mentions(ofNodesLabeled: label)
            for node in try graph.nodes(labeled: label) {
                if let known = nodesByID[node.id] {
                    nodesByLabel[label, default: []].append(known)
                    continue
                }
                let mentions = mentionsOfLabel[node.id] ?? []
                let files = mentions.compactMap { fileBySHA[$0.document] } + (documentsByNode[node.id] ?? [])
                let textParts = ["title", "text", "name"].compactMap { node.properties[$0]?.stringValue }
                    + mentions.map(\.quote) + (quotesByNode[node.id] ?? [])
                let evaluated = EvaluatedNode(
                    id: node.id, labels: node.labels,
                    names: (node.properties["name"]?.stringList ?? []) + (node.properties["aliases"]?.stringList ?? []),
                    displayName: node.displayName, documents: inOrder(files),
                    date: node.properties["date"]?.stringValue.flatMap(PartialDate.init(iso:)),
                    textParts: textParts, text: EvidenceText(textParts))
                nodesByID[node.id] = evaluated
                nodesByLabel[label, default: []].append(evaluated)
            }
        }
        self.nodesByLabel = nodesByLabel
        self.nodesByID = nodesByID
        self.attendees = attendees

        followUps = relationships.filter { $0.type == GraphVocabulary.followsUp }.compactMap { relationship in
            let evidenceFile = relationship.properties["document"]?.stringValue.flatMap { fileBySHA[$0] }
            let files = evidenceFile.map { [$0] } ?? nodesByID[relationship.from]?.documents ?? []
            guard !files.isEmpty else { return nil }
            let parts = (nodesByID[relationship.from]?.textParts ?? [])
                + [relationship.properties["quote"]?.stringValue].compactMap { $0 }
            return FollowUpLink(
                id: relationship.id, from: relationship.from, to: relationship.to, documents: files,
                text: EvidenceText(parts))
        }
    }

    /// The last path component of a stored document's path.
    static func fileName(of path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }
}
