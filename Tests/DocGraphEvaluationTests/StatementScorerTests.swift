import DocGraphEvaluation
import DocGraphKit
import Testing

@Suite struct StatementScorerTests {
    private let documents = [GoldDocument(file: "a.txt"), GoldDocument(file: "b.txt")]

    private func evaluate(_ gold: GoldStandard, _ graph: FakeGraph) throws -> EvaluationReport {
        try Evaluator(gold: gold, goldName: "gold.json").evaluate(graph)
    }

    @Test func halfTheKeywordsStrictlyAThirdLeniently() throws {
        let gold = GoldStandard(documents: documents, decisions: [
            GoldDecision(doc: "a.txt", summary: "Contracts awarded", keywords: ["contracts", "awarded", "Refuge", "domestic abuse"]),
            GoldDecision(doc: "a.txt", summary: "Precept agreed", keywords: ["precept", "agreed", "council tax"]),
            GoldDecision(doc: "a.txt", summary: "Cars bought", keywords: ["cars", "bought", "fleet", "electric"]),
        ])
        var graph = FakeGraph(documents: ["a.txt", "b.txt"])
        let contracts = graph.addNode(GraphVocabulary.decision, ["text": "Two contracts were AWARDED"], in: ["a.txt"])
        let precept = graph.addNode(GraphVocabulary.decision, ["text": "The precept"], in: ["a.txt"])
        let cars = graph.addNode(GraphVocabulary.decision, ["text": "New cars"], in: ["a.txt"])
        let decisions = try #require(try evaluate(gold, graph)[.decisions])
        #expect(decisions.strict == Scores(matchedGold: 1, gold: 3, matchedFound: 1, found: 3))
        #expect(decisions.lenient == Scores(matchedGold: 2, gold: 3, matchedFound: 2, found: 3))
        #expect(decisions.missed == [
            EvaluationItem(document: "a.txt", text: "Precept agreed", lenientMatch: "The precept #\(precept)"),
            EvaluationItem(document: "a.txt", text: "Cars bought"),
        ])
        #expect(decisions.spurious.map(\.id) == [precept, cars])
        #expect(!decisions.spurious.contains { $0.id == contracts })
    }

    @Test func keywordsAreFoundInEvidenceAcrossSpacesAndQuotes() throws {
        let gold = GoldStandard(documents: documents, commitments: [
            GoldCommitment(id: "c1", doc: "b.txt", keywords: ["domestic abuse", "Citizens' Academy"]),
        ])
        var graph = FakeGraph(documents: ["a.txt", "b.txt"])
        graph.addNode(
            GraphVocabulary.commitment, ["text": "I will support victims"], in: ["b.txt"],
            quote: "support for victims of Domestic\u{00A0}\n abuse at the Citizens\u{2019} Academy")
        let commitments = try #require(try evaluate(gold, graph)[.commitments])
        #expect(commitments.strict.f1 == 1)
    }

    @Test func aKeywordDoesNotSpanTwoPiecesOfEvidence() throws {
        let gold = GoldStandard(documents: documents, decisions: [GoldDecision(doc: "a.txt", keywords: ["council tax"])])
        var graph = FakeGraph(documents: ["a.txt", "b.txt"])
        let node = graph.addNode(GraphVocabulary.decision, ["text": "Raised by the council"], in: ["a.txt"], quote: "tax rises")
        graph.relate(GraphVocabulary.concerns, from: node, to: node, quote: "council", in: "a.txt")
        #expect(try #require(try evaluate(gold, graph)[.decisions]).strict.matchedGold == 0)
    }

    @Test func aStatementInAnotherDocumentDoesNotMatch() throws {
        let gold = GoldStandard(documents: documents, commitments: [
            GoldCommitment(id: "c1", doc: "a.txt", keywords: ["new office"]),
        ])
        var graph = FakeGraph(documents: ["a.txt", "b.txt"])
        graph.addNode(GraphVocabulary.commitment, ["text": "We will open a new office"], in: ["b.txt"])
        let commitments = try #require(try evaluate(gold, graph)[.commitments])
        #expect(commitments.strict == Scores(matchedGold: 0, gold: 1, matchedFound: 0, found: 1))
    }
}
