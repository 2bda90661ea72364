import DocGraphKit

/// Scores people or organisations as (entity, document) pairs.
///
/// A found pair is a node of the label and a scored document it is mentioned in; it is correct
/// when a gold entity listed in that document has a name or alias equal to the node's name or one
/// of its aliases after normalising (lenient: one a contiguous run of the other's words). A gold
/// pair is matched when such a node is mentioned in its document. Pairs are not taken one to one:
/// a gold entity matched by several nodes is reported as a ``Split`` instead.
struct EntityScorer {
    /// A gold entity: its name, every variant and its documents.
    struct Entity {
        var name: String
        var variants: [String]
        var documents: [String]
    }

    var kind: ScoredKind
    var label: String
    var normaliser: NameNormaliser
    var entities: [Entity]

    /// The scorer of people.
    static func people(_ gold: GoldStandard) -> EntityScorer {
        EntityScorer(
            kind: .people, label: GraphVocabulary.person, normaliser: .people,
            entities: gold.people.map { Entity(name: $0.name, variants: $0.variants, documents: $0.docs) })
    }

    /// The scorer of organisations.
    static func organisations(_ gold: GoldStandard) -> EntityScorer {
        EntityScorer(
            kind: .organisations, label: GraphVocabulary.organisation, normaliser: .organisations,
            entities: gold.organisations.map { Entity(name: $0.name, variants: $0.variants, documents: $0.docs) })
    }

    func score(_ graph: EvaluatedGraph) -> KindReport {
        let nodes = graph.nodes(label).filter { !$0.documents.isEmpty }
        let entityWords = entities.map { $0.variants.map(normaliser.words(of:)) }
        // matches[mode][node][entity]
        var matches: [MatchMode: [[Bool]]] = [:]
        for mode in MatchMode.allCases {
            matches[mode] = nodes.map { node in
                let nodeWords = node.names.map(normaliser.words(of:))
                return entityWords.map { variants in
                    nodeWords.contains { name in variants.contains { NameNormaliser.matches(name, $0, mode: mode) } }
                }
            }
        }
        func match(_ node: Int, _ entity: Int, _ mode: MatchMode) -> Bool { matches[mode]?[node][entity] ?? false }
        func nodeLabel(_ node: Int) -> String { "\(nodes[node].displayName) #\(nodes[node].id)" }

        var goldCount = 0
        var matchedGold = [MatchMode: Int]()
        var missed: [EvaluationItem] = []
        for (entity, gold) in entities.enumerated() {
            for document in ordered(gold.documents, in: graph) {
                goldCount += 1
                let strict = nodes.indices.first { match($0, entity, .strict) && nodes[$0].isIn(document) }
                let lenient = strict ?? nodes.indices.first { match($0, entity, .lenient) && nodes[$0].isIn(document) }
                if strict != nil { matchedGold[.strict, default: 0] += 1 }
                if lenient != nil { matchedGold[.lenient, default: 0] += 1 }
                if strict == nil {
                    missed.append(EvaluationItem(document: document, text: gold.name, lenientMatch: lenient.map(nodeLabel)))
                }
            }
        }

        var foundCount = 0
        var matchedFound = [MatchMode: Int]()
        var spurious: [EvaluationItem] = []
        for (index, node) in nodes.enumerated() {
            for document in node.documents {
                foundCount += 1
                let listed = entities.indices.filter { entities[$0].documents.contains(document) }
                let strict = listed.first { match(index, $0, .strict) }
                let lenient = strict ?? listed.first { match(index, $0, .lenient) }
                if strict != nil { matchedFound[.strict, default: 0] += 1 }
                if lenient != nil { matchedFound[.lenient, default: 0] += 1 }
                if strict == nil {
                    spurious.append(EvaluationItem(
                        document: document, text: node.displayName, id: node.id,
                        lenientMatch: lenient.map { entities[$0].name }))
                }
            }
        }

        return KindReport(
            kind: kind, gold: goldCount, found: foundCount,
            strict: Scores(matchedGold: matchedGold[.strict] ?? 0, gold: goldCount,
                           matchedFound: matchedFound[.strict] ?? 0, found: foundCount),
            lenient: Scores(matchedGold: matchedGold[.lenient] ?? 0, gold: goldCount,
                            matchedFound: matchedFound[.lenient] ?? 0, found: foundCount),
            splits: splits(nodes: nodes) { match($0, $1, .strict) }, missed: missed, spurious: spurious)
    }

    /// Gold entities matched by two or more nodes mentioned in the entity's documents.
    private func splits(nodes: [EvaluatedNode], match: (Int, Int) -> Bool) -> [Split] {
        entities.enumerated().compactMap { entity, gold in
            let parts = nodes.indices.filter { match($0, entity) }.compactMap { index -> Split.Part? in
                let documents = nodes[index].documents.filter(gold.documents.contains)
                guard !documents.isEmpty else { return nil }
                return Split.Part(id: nodes[index].id, name: nodes[index].displayName, documents: documents)
            }
            guard parts.count > 1 else { return nil }
            let shared = gold.documents.filter { document in parts.filter { $0.documents.contains(document) }.count > 1 }
            return Split(gold: gold.name, nodes: parts, sharedDocuments: shared)
        }
    }

    /// The documents without repeats, in the gold's order.
    private func ordered(_ documents: [String], in graph: EvaluatedGraph) -> [String] {
        graph.coverage.map(\.file).filter(documents.contains)
    }
}
