import DocGraphKit
import DocGraphStore

/// "What was found": for each kind of entity, how many there are and the ones most documents
/// mention, so the first ingest shows the graph at a glance.
enum FoundReport {
    static let labels = [
        GraphVocabulary.person, GraphVocabulary.organisation, GraphVocabulary.place, GraphVocabulary.meeting,
        GraphVocabulary.decision, GraphVocabulary.commitment,
    ]

    static func render(_ store: GraphStore, statistics: StoreStatistics) throws -> String {
        var lines: [String] = []
        for label in labels {
            let count = statistics.nodesByLabel[label] ?? 0
            guard count > 0 else { continue }
            let top = try store.mostMentioned(labeled: label, limit: 5)
            let names = top.map { "\($0.node.displayName) (\($0.documents))" }.joined(separator: "; ")
            lines.append("\(label) \(count): \(names)\(count > top.count ? "; ..." : "")")
        }
        return lines.isEmpty ? "" : "Found (with the number of documents that mention each):\n" + lines.joined(separator: "\n")
    }
}
