import DocGraphEvaluation
import DocGraphKit
import Testing

@Suite struct FollowUpScorerTests {
    /// A commitment in a.txt about a protocol, followed up in b.txt.
    private let gold = GoldStandard(
        documents: [GoldDocument(file: "a.txt"), GoldDocument(file: "b.txt")],
        commitments: [
            GoldCommitment(id: "c1", doc: "a.txt", keywords: ["protocol", "encampments"]),
            GoldCommitment(id: "c2", doc: "a.txt", keywords: ["fire", "governance"]),
        ],
        followUps: [
            GoldFollowUp(commitment: "c1", doc: "b.txt", relation: "fulfilled", summary: "Protocol adopted",
                         keywords: ["finalised", "adopted", "protocol"]),
        ])

    private func followUps(_ graph: FakeGraph) throws -> KindReport {
        try #require(try Evaluator(gold: gold, goldName: "gold.json").evaluate(graph)[.followUps])
    }

    private func baseGraph() -> (FakeGraph, protocol: Int64, fire: Int64) {
        var graph = FakeGraph(documents: ["a.txt", "b.txt", "c.txt"])
        let protocolCommitment = graph.addNode(
            GraphVocabulary.commitment, ["text": "agree a protocol on unauthorised encampments"], in: ["a.txt"])
        let fire = graph.addNode(GraphVocabulary.commitment, ["text": "look at fire governance"], in: ["a.txt"])
        return (graph, protocolCommitment, fire)
    }

    @Test func matchesTheStatementAndItsCommitment() throws {
        var (graph, protocolCommitment, _) = baseGraph()
        let update = graph.addNode(GraphVocabulary.update, ["text": "The protocol has been finalised"], in: ["b.txt"])
        graph.relate(GraphVocabulary.followsUp, from: update, to: protocolCommitment, quote: "and adopted", in: "b.txt")
        let report = try followUps(graph)
        #expect(report.strict == Scores(matchedGold: 1, gold: 1, matchedFound: 1, found: 1))
    }

    @Test func aLinkIntoTheWrongCommitmentIsSpurious() throws {
        var (graph, _, fire) = baseGraph()
        let update = graph.addNode(GraphVocabulary.update, ["text": "The protocol was finalised and adopted"], in: ["b.txt"])
        graph.relate(GraphVocabulary.followsUp, from: update, to: fire, in: "b.txt")
        let report = try followUps(graph)
        #expect(report.strict == Scores(matchedGold: 0, gold: 1, matchedFound: 0, found: 1))
        #expect(report.spurious.map(\.text) == ["The protocol was finalised and adopted -> look at fire governance"])
        #expect(report.missed.map(\.text) == ["c1: Protocol adopted"])
    }

    @Test func aStatementInTheWrongDocumentOrWithoutTheKeywordsIsSpurious() throws {
        var (graph, protocolCommitment, _) = baseGraph()
        let early = graph.addNode(GraphVocabulary.update, ["text": "The protocol was finalised and adopted"], in: ["a.txt"])
        graph.relate(GraphVocabulary.followsUp, from: early, to: protocolCommitment, in: "a.txt")
        let vague = graph.addNode(GraphVocabulary.meeting, ["title": "Meeting on the protocol"], in: ["b.txt"])
        graph.relate(GraphVocabulary.followsUp, from: vague, to: protocolCommitment, in: "b.txt")
        let report = try followUps(graph)
        #expect(report.strict == Scores(matchedGold: 0, gold: 1, matchedFound: 0, found: 2))
        // One keyword of three is enough leniently.
        #expect(report.lenient == Scores(matchedGold: 1, gold: 1, matchedFound: 1, found: 2))
    }

    @Test func linksIntoCommitmentsOutsideTheGoldAreNotCounted() throws {
        var (graph, _, _) = baseGraph()
        let elsewhere = graph.addNode(GraphVocabulary.commitment, ["text": "a protocol"], in: ["c.txt"])
        let update = graph.addNode(GraphVocabulary.update, ["text": "The protocol was finalised and adopted"], in: ["b.txt"])
        graph.relate(GraphVocabulary.followsUp, from: update, to: elsewhere, in: "b.txt")
        #expect(try followUps(graph).found == 0)
    }
}
