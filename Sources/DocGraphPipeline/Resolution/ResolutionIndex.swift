import Dispatch
import DocGraphKit
import Synchronization

/// The stored people and organisations, filed under the names resolution compares, so each
/// entity of a document is matched against a handful of candidates instead of every stored
/// node. An ingest builds it once from the graph and refreshes it from the store with the nodes
/// each document wrote, so cost per document does not grow with the graph.
struct ResolutionIndex: Sendable {
    private(set) var organisations = EntityTable(isPerson: false)
    private(set) var people = EntityTable(isPerson: true)
    /// For each stored person's id, the keys of the bodies their roles are held in.
    private(set) var roleBodies: [Int64: Set<String>] = [:]
    private var organisationKeys: [Int64: String] = [:]

    init(graph: any StoredEntityReading) throws {
        let organisations = try graph.nodes(labeled: GraphVocabulary.organisation)
        for (node, (entity, terms)) in zip(organisations, Self.prepare(organisations, isPerson: false)) {
            file(organisation: node, as: entity, filedUnder: terms)
        }
        for (entity, terms) in Self.prepare(try graph.nodes(labeled: GraphVocabulary.person), isPerson: true) {
            people.insert(entity, filedUnder: terms)
        }
        for role in try graph.relationshipEnds(ofType: GraphVocabulary.holdsRole) {
            if let key = organisationKeys[role.to] { roleBodies[role.from, default: []].insert(key) }
        }
    }

    /// Reads back from `reader` the people and organisations `graph` (just written) names, with
    /// the names and roles the store now merges for them.
    mutating func refresh(after graph: DocumentGraph, from reader: any StoredEntityReading) throws {
        let organisationKeys = keys(labeled: GraphVocabulary.organisation, in: graph)
        for node in try reader.nodes(labeled: GraphVocabulary.organisation, keys: organisationKeys) { file(organisation: node) }
        let personKeys = keys(labeled: GraphVocabulary.person, in: graph)
        let stored = try reader.nodes(labeled: GraphVocabulary.person, keys: personKeys)
        for node in stored {
            people.insert(StoredEntity(node))
            roleBodies[node.id] = nil
        }
        for role in try reader.relationshipEnds(ofType: GraphVocabulary.holdsRole, from: stored.map(\.id)) {
            if let key = self.organisationKeys[role.to] { roleBodies[role.from, default: []].insert(key) }
        }
    }

    /// How many stored nodes a core prepares at a time.
    static let preparedTogether = 2_048

    /// Each node as an entity with the hashes of the terms it is filed under, in the nodes'
    /// order, worked out on all cores: the names of every stored person and organisation are
    /// split and varied when an ingest starts, the larger part of its start on a large store.
    private static func prepare(_ nodes: [StoredNode], isPerson: Bool) -> [(StoredEntity, [Int])] {
        let chunks = (nodes.count + preparedTogether - 1) / preparedTogether
        let prepared = Mutex<[Int: [(StoredEntity, [Int])]]>([:])
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let part = nodes[(chunk * preparedTogether)..<min(nodes.count, (chunk + 1) * preparedTogether)].map { node in
                let entity = StoredEntity(node)
                return (entity, EntityTable.filingTerms(of: entity, isPerson: isPerson))
            }
            prepared.withLock { $0[chunk] = part }
        }
        return prepared.withLock { parts in (0..<chunks).flatMap { parts[$0] ?? [] } }
    }

    private mutating func file(organisation node: StoredNode) {
        let entity = StoredEntity(node)
        file(organisation: node, as: entity, filedUnder: EntityTable.filingTerms(of: entity, isPerson: false))
    }

    private mutating func file(organisation node: StoredNode, as entity: StoredEntity, filedUnder terms: [Int]) {
        organisations.insert(entity, filedUnder: terms)
        if let key = node.key { organisationKeys[node.id] = key }
    }

    private func keys(labeled label: String, in graph: DocumentGraph) -> [String] {
        graph.nodes.filter { $0.labels.contains(label) }.compactMap(\.key)
    }
}
