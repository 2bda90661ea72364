import DocGraphKit

/// Makes one node per real person or organisation across documents: before a document's graph
/// is written, each of its Person and Organisation nodes takes the key of a node already in
/// the graph that names the same entity, so the store merges them.
///
/// The evidence must agree, never a shared word alone:
/// - an organisation whose name or abbreviation equals a stored one's name or alias ("HMIC"
///   and "Her Majesty's Inspectorate of Constabulary (HMIC)"), or whose name of two words or
///   more ends exactly one stored name ("Rural Watch", "Warwickshire Rural Watch"), or the
///   other way round, when their kinds agree;
/// - a person whose full name equals a stored one's name or alias, or differs from it by one
///   letter in the surname with the same first name ("Smyth", "Smith") when they share a
///   title, a role, or the body of a role. Two people who share only a surname or only a first
///   name are never merged.
///
/// Several nodes of one document that land on the same key are folded into one.
public struct CrossDocumentResolver: Sendable {
    public init() {}

    /// The document's graph with keys rewritten to those of matching stored nodes.
    public func resolve(_ graph: DocumentGraph, against reader: any GraphReading) throws -> DocumentGraph {
        resolve(graph, using: try ResolutionIndex(graph: reader))
    }

    /// The document's graph with keys rewritten to those of matching nodes in `index`.
    func resolve(_ graph: DocumentGraph, using index: ResolutionIndex) -> DocumentGraph {
        let labels = Set(graph.nodes.flatMap(\.labels))
        var result = graph
        if labels.contains(GraphVocabulary.organisation) {
            rekey(&result, label: GraphVocabulary.organisation, table: index.organisations) { node in
                let entity = StoredEntity(node)
                return OrganisationMatcher.match(entity, in: index.organisations.candidates(for: entity))
            }
        }
        if labels.contains(GraphVocabulary.person) {
            let documentRoles = bodiesOfRoles(in: result)
            rekey(&result, label: GraphVocabulary.person, table: index.people) { node in
                var entity = StoredEntity(node)
                entity.bodies = documentRoles[node.localID] ?? []
                return PersonMatcher.match(entity, in: index.people.candidates(for: entity), bodiesOf: index.roleBodies)
            }
        }
        return Self.foldingDuplicateKeys(result)
    }

    /// Gives each matching node the stored node's key; of the two names the fuller one (more
    /// words; the stored one on a tie) is the name and the other an alias, so the variant stays
    /// visible and searchable.
    private func rekey(_ graph: inout DocumentGraph, label: String, table: EntityTable, match: (GraphNode) -> String?) {
        for index in graph.nodes.indices where graph.nodes[index].labels.contains(label) {
            guard let key = match(graph.nodes[index]), key != graph.nodes[index].key,
                  let target = table.entity(forKey: key) else { continue }
            var node = graph.nodes[index]
            node.key = key
            if let own = node.properties["name"]?.stringValue, own != target.name, !target.name.isEmpty {
                let ownIsFuller = own.split(separator: " ").count > target.name.split(separator: " ").count
                let alias = ownIsFuller ? target.name : own
                var aliases = node.properties["aliases"]?.stringList ?? []
                if !aliases.contains(alias) { aliases.append(alias) }
                node.properties["aliases"] = .list(aliases.map(PropertyValue.string))
                node.properties["name"] = .string(ownIsFuller ? own : target.name)
            }
            graph.nodes[index] = node
        }
    }

    /// For each person node of the document, the keys of the bodies its roles are held in.
    private func bodiesOfRoles(in graph: DocumentGraph) -> [String: Set<String>] {
        let keys = Dictionary(graph.nodes.map { ($0.localID, $0.key ?? $0.localID) }, uniquingKeysWith: { first, _ in first })
        var result: [String: Set<String>] = [:]
        for relationship in graph.relationships where relationship.type == GraphVocabulary.holdsRole {
            guard case .local(let from) = relationship.from, case .local(let to) = relationship.to, let key = keys[to] else {
                continue
            }
            result[from, default: []].insert(key)
        }
        return result
    }

    /// Folds nodes of one graph that now share a key into the first of them.
    static func foldingDuplicateKeys(_ graph: DocumentGraph) -> DocumentGraph {
        var result = graph
        var first: [String: Int] = [:]
        var replaced: [String: String] = [:]
        var kept: [GraphNode] = []
        for node in graph.nodes {
            guard let key = node.key else {
                kept.append(node)
                continue
            }
            if let index = first[key] {
                kept[index].mentions += node.mentions
                kept[index].properties = MentionResolver.union(kept[index].properties, node.properties)
                replaced[node.localID] = kept[index].localID
            } else {
                first[key] = kept.count
                kept.append(node)
            }
        }
        guard !replaced.isEmpty else { return graph }
        result.nodes = kept
        var seen = Set<GraphRelationship>()
        result.relationships = graph.relationships.compactMap { relationship in
            var relationship = relationship
            if case .local(let from) = relationship.from, let target = replaced[from] { relationship.from = .local(target) }
            if case .local(let to) = relationship.to, let target = replaced[to] { relationship.to = .local(target) }
            return seen.insert(relationship).inserted ? relationship : nil
        }
        return result
    }
}
