import DocGraphKit

/// An in-memory graph for the scorers' tests: documents by file name, nodes with their mentions,
/// relationships with evidence.
struct FakeGraph: GraphReading {
    var storedDocuments: [StoredDocument] = []
    var storedNodes: [StoredNode] = []
    var storedMentions: [Int64: [Evidence]] = [:]
    var storedRelationships: [StoredRelationship] = []
    var lastID: Int64 = 0

    func documents() throws -> [StoredDocument] { storedDocuments }

    func text(ofDocument sha256: String) throws -> String? { nil }

    func nodes(labeled label: String) throws -> [StoredNode] {
        storedNodes.filter { $0.labels.contains(label) }
    }

    func nodes(labeled label: String, named names: [String]) throws -> [StoredNode] {
        let wanted = Set(names.map { $0.lowercased() })
        return try nodes(labeled: label).filter { node in
            let candidates = (node.properties["name"]?.stringList ?? []) + (node.properties["aliases"]?.stringList ?? [])
            return candidates.contains { wanted.contains($0.lowercased()) }
        }
    }

    func mentions(ofNode id: Int64) throws -> [Evidence] { storedMentions[id] ?? [] }

    func relationships(ofType type: String?) throws -> [StoredRelationship] {
        storedRelationships.filter { type == nil || $0.type == type }
    }
}
