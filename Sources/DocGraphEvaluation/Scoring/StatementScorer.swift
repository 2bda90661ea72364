import DocGraphKit

/// Scores decisions or commitments one to one: a node of the label mentioned in the gold item's
/// document whose text and evidence hold at least half (lenient: a third) of the gold keywords,
/// case-insensitively.
struct StatementScorer {
    /// A gold decision or commitment.
    struct Statement {
        var document: String
        var keywords: [String]
        var description: String
    }

    var kind: ScoredKind
    var label: String
    var statements: [Statement]

    /// The scorer of decisions.
    static func decisions(_ gold: GoldStandard) -> StatementScorer {
        StatementScorer(
            kind: .decisions, label: GraphVocabulary.decision,
            statements: gold.decisions.map {
                Statement(document: $0.doc, keywords: $0.keywords, description: describe($0.summary, $0.keywords))
            })
    }

    /// The scorer of commitments.
    static func commitments(_ gold: GoldStandard) -> StatementScorer {
        StatementScorer(
            kind: .commitments, label: GraphVocabulary.commitment,
            statements: gold.commitments.map {
                Statement(document: $0.doc, keywords: $0.keywords, description: "\($0.id): " + describe($0.summary, $0.keywords))
            })
    }

    func score(_ graph: EvaluatedGraph) -> KindReport {
        let found = graph.nodes(label).flatMap { node in node.documents.map { (node, $0) } }
        let items = PairedItems(
            kind: kind,
            gold: statements.map { PairedItems.Item(document: $0.document, text: $0.description) },
            found: found.map { PairedItems.Item(document: $1, text: $0.displayName, id: $0.id) })
        return items.report { goldIndex, foundIndex, mode in
            let statement = statements[goldIndex]
            let (node, document) = found[foundIndex]
            guard document == statement.document else { return nil }
            return Self.overlap(node.text, statement.keywords, mode: mode)
        }
    }

    /// The share of keywords the text holds when it is enough under the mode, else `nil`.
    static func overlap(_ text: EvidenceText, _ keywords: [String], mode: MatchMode) -> Double? {
        let held = text.count(of: keywords)
        return mode.isEnough(held, of: keywords.count) ? Double(held) / Double(keywords.count) : nil
    }

    /// The summary, or the keywords when there is none.
    static func describe(_ summary: String?, _ keywords: [String]) -> String {
        summary ?? keywords.joined(separator: ", ")
    }
}
