import DocGraphKit

/// DocGraphEvaluation scores a graph against hand annotations, as `docgraph eval` does.
///
/// It owns the annotation file's model (``GoldStandard``) and its errors, the normalising of
/// names for scoring (``NameNormaliser``), the strict and lenient rules (``MatchMode``), one
/// scorer per kind (people, organisations, meetings, decisions, commitments, follow-ups), the
/// report (``EvaluationReport``, Codable for JSON) and its table (``EvaluationReportRenderer``).
/// It reads the graph only through ``GraphReading``, so tests can score an in-memory graph.
/// docs/evaluation.md describes the rules.
public struct Evaluator: Sendable {
    /// The annotations scored against.
    public var gold: GoldStandard
    /// How the report names the gold file (its path as given).
    public var goldName: String
    /// How the report and errors name the store, when known.
    public var storeName: String?

    public init(gold: GoldStandard, goldName: String, storeName: String? = nil) {
        self.gold = gold
        self.goldName = goldName
        self.storeName = storeName
    }

    /// Scores the graph's nodes in the gold's documents (matched by file name) for every kind.
    ///
    /// - Throws: ``EvaluationError/noDocumentsInStore(files:store:)`` when none of the gold's documents
    ///   is in the graph, and what the graph throws when it cannot be read.
    public func evaluate(_ graph: some GraphReading) throws -> EvaluationReport {
        let evaluated = try EvaluatedGraph(reading: graph, gold: gold, storeName: storeName)
        let kinds = [
            EntityScorer.people(gold).score(evaluated),
            EntityScorer.organisations(gold).score(evaluated),
            MeetingScorer(gold: gold).score(evaluated),
            StatementScorer.decisions(gold).score(evaluated),
            StatementScorer.commitments(gold).score(evaluated),
            FollowUpScorer(gold: gold).score(evaluated),
        ]
        return EvaluationReport(gold: goldName, store: storeName, documents: evaluated.coverage, kinds: kinds)
    }
}
