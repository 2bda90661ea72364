import DocGraphEvaluation
import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct EvaluatorTests {
    @Test func aStoreWithoutTheGoldDocumentsIsAnError() {
        let gold = GoldStandard(documents: ["a.txt", "b.txt", "c.txt", "d.txt"].map { GoldDocument(file: $0) })
        let graph = FakeGraph(documents: ["z.txt"])
        do {
            _ = try Evaluator(gold: gold, goldName: "gold.json", storeName: "panel.sqlite").evaluate(graph)
            Issue.record("scored a store without the gold's documents")
        } catch {
            #expect(String(describing: error)
                == "none of the documents the gold file lists (a.txt, b.txt, c.txt and 1 more) is in the store panel.sqlite; "
                + "ingest them first with docgraph ingest")
        }
    }

    @Test func documentsAreMatchedByFileName() throws {
        let gold = GoldStandard(documents: [GoldDocument(file: "a.txt"), GoldDocument(file: "b.txt")])
        let graph = FakeGraph(documents: ["a.txt"], folder: "/somewhere/else")
        let report = try Evaluator(gold: gold, goldName: "gold.json").evaluate(graph)
        #expect(report.documents == [
            DocumentCoverage(file: "a.txt", stored: ["/somewhere/else/a.txt"]), DocumentCoverage(file: "b.txt", stored: []),
        ])
        #expect(report.kinds.map(\.kind) == ScoredKind.allCases)
    }

    @Test func encodesAsJSONWithEveryKind() throws {
        let gold = GoldStandard(documents: [GoldDocument(file: "a.txt")], people: [GoldPerson(name: "Ann", docs: ["a.txt"])])
        let report = try Evaluator(gold: gold, goldName: "gold.json").evaluate(FakeGraph(documents: ["a.txt"]))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any]
        let kinds = json?["kinds"] as? [[String: Any]]
        #expect(kinds?.compactMap { $0["kind"] as? String }
            == ["people", "organisations", "meetings", "decisions", "commitments", "follow-ups"])
        #expect((kinds?.first?["strict"] as? [String: Any])?["recall"] as? Double == 0)
        #expect((kinds?.first?["strict"] as? [String: Any])?["precision"] is NSNull)
        #expect(try JSONDecoder().decode(EvaluationReport.self, from: JSONEncoder().encode(report)) == report)
    }

    /// A graph holding exactly what the development gold annotates scores 1 everywhere.
    @Test func aGraphMadeFromTheGoldScoresPerfectly() throws {
        let gold = try GoldStandard.load(from: SharedPaths.shared.appendingPathComponent("gold/seeds-dev.json").path)
        let report = try Evaluator(gold: gold, goldName: "seeds-dev.json").evaluate(FakeGraph(copying: gold))
        for kind in report.kinds {
            #expect(kind.strict.f1 == 1, "\(kind.kind.rawValue): \(kind.missed) \(kind.spurious)")
            #expect(kind.splits?.isEmpty ?? true)
        }
    }
}
