import DocGraphKit

/// Where each named entity (person, organisation, place) is mentioned, by document, so a
/// passage's entities can be told from its offsets while the documents are read; and their
/// names, for the explanations.
struct EntityIndex: Sendable {
    struct Occurrence: Hashable, Sendable {
        var scalars: Range<Int>
        var node: Int64
    }

    /// Display names of the entities, by node id.
    private(set) var names: [Int64: String] = [:]
    private var occurrences: [String: [Occurrence]] = [:]

    /// The labels whose nodes count as entities a commitment and a follow-up can share.
    static let labels = [GraphVocabulary.person, GraphVocabulary.organisation, GraphVocabulary.place]

    init() {}

    init(graph: any GraphReading) throws {
        for label in Self.labels {
            for node in try graph.nodes(labeled: label) { names[node.id] = node.displayName }
            for span in try graph.mentionSpans(ofNodesLabeled: label) {
                occurrences[span.document, default: []]
                    .append(Occurrence(scalars: span.start..<max(span.start, span.end), node: span.node))
            }
        }
    }

    /// The entities mentioned inside a span of a document.
    func nodes(inDocument sha256: String, scalars: Range<Int>) -> Set<Int64> {
        Set((occurrences[sha256] ?? []).filter { scalars.contains($0.scalars.lowerBound) && $0.scalars.upperBound <= scalars.upperBound }
            .map(\.node))
    }

    /// The index without where entities are mentioned, their names kept: what is left once
    /// every document has been read.
    func namesOnly() -> EntityIndex {
        var index = self
        index.occurrences = [:]
        return index
    }
}
