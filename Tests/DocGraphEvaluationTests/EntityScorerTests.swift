import DocGraphEvaluation
import DocGraphKit
import Testing

@Suite struct EntityScorerTests {
    private let documents = [GoldDocument(file: "a.txt"), GoldDocument(file: "b.txt")]

    private func report(_ gold: GoldStandard, _ graph: FakeGraph, _ kind: ScoredKind) throws -> KindReport {
        let report = try Evaluator(gold: gold, goldName: "gold.json").evaluate(graph)
        return try #require(report[kind])
    }

    /// Gold: Jane Doe in a and b, Sam Smith in a, Alan Brook in b (never found).
    /// Found: Jane Doe in a and b, a second node "Jane" in a (a split), "Smith" in a (lenient
    /// only), "Stratford" in b (spurious), Sam Smith in c, which the gold does not cover.
    private func peopleCase() -> (GoldStandard, FakeGraph, ids: [String: Int64]) {
        let gold = GoldStandard(documents: documents, people: [
            GoldPerson(name: "Jane Doe", aliases: ["Jane"], docs: ["a.txt", "b.txt"]),
            GoldPerson(name: "Cllr Sam Smith", docs: ["a.txt"]),
            GoldPerson(name: "Alan Brook", docs: ["b.txt"]),
        ])
        var graph = FakeGraph(documents: ["a.txt", "b.txt", "c.txt"])
        var ids: [String: Int64] = [:]
        ids["Jane Doe"] = graph.addPerson("Jane Doe", aliases: ["Councillor Jane Doe"], in: ["a.txt", "b.txt"])
        ids["Jane"] = graph.addPerson("Jane", in: ["a.txt"])
        ids["Smith"] = graph.addPerson("Smith", in: ["a.txt"])
        ids["Stratford"] = graph.addPerson("Stratford", in: ["b.txt"])
        graph.addPerson("Sam Smith", in: ["c.txt"])
        return (gold, graph, ids)
    }

    @Test func scoresPairsOfPersonAndDocument() throws {
        let (gold, graph, _) = peopleCase()
        let people = try report(gold, graph, .people)
        #expect(people.gold == 4)
        #expect(people.found == 5)
        #expect(people.strict == Scores(matchedGold: 2, gold: 4, matchedFound: 3, found: 5))
        #expect(people.lenient == Scores(matchedGold: 3, gold: 4, matchedFound: 4, found: 5))
        #expect(people.strict.precision == 0.6)
        #expect(people.strict.recall == 0.5)
    }

    @Test func listsMissedAndSpuriousWithTheirLenientMatches() throws {
        let (gold, graph, ids) = peopleCase()
        let people = try report(gold, graph, .people)
        #expect(people.missed == [
            EvaluationItem(document: "a.txt", text: "Cllr Sam Smith", lenientMatch: "Smith #\(ids["Smith"] ?? 0)"),
            EvaluationItem(document: "b.txt", text: "Alan Brook"),
        ])
        #expect(people.spurious == [
            EvaluationItem(document: "a.txt", text: "Smith", id: ids["Smith"], lenientMatch: "Cllr Sam Smith"),
            EvaluationItem(document: "b.txt", text: "Stratford", id: ids["Stratford"]),
        ])
    }

    @Test func reportsAPersonSplitIntoTwoNodes() throws {
        let (gold, graph, ids) = peopleCase()
        let people = try report(gold, graph, .people)
        #expect(people.splits == [
            Split(gold: "Jane Doe", nodes: [
                Split.Part(id: try #require(ids["Jane Doe"]), name: "Jane Doe", documents: ["a.txt", "b.txt"]),
                Split.Part(id: try #require(ids["Jane"]), name: "Jane", documents: ["a.txt"]),
            ], sharedDocuments: ["a.txt"]),
        ])
    }

    @Test func aSplitAcrossDocumentsIsASplitToo() throws {
        let gold = GoldStandard(documents: documents, people: [
            GoldPerson(name: "Philip Seccombe", aliases: ["Philip Secombe"], docs: ["a.txt", "b.txt"]),
        ])
        var graph = FakeGraph(documents: ["a.txt", "b.txt"])
        let first = graph.addPerson("Philip Seccombe", in: ["a.txt"])
        let second = graph.addPerson("Philip Secombe", in: ["b.txt"])
        let people = try report(gold, graph, .people)
        #expect(people.strict.f1 == 1)
        #expect(people.splits == [
            Split(gold: "Philip Seccombe", nodes: [
                Split.Part(id: first, name: "Philip Seccombe", documents: ["a.txt"]),
                Split.Part(id: second, name: "Philip Secombe", documents: ["b.txt"]),
            ], sharedDocuments: []),
        ])
    }

    @Test func organisationsNormaliseTheAndAmpersandsAndReadMentionedIn() throws {
        let gold = GoldStandard(documents: documents, organisations: [
            GoldOrganisation(name: "The Rural Watch & Trust", docs: ["a.txt"]),
            GoldOrganisation(name: "Her Majesty's Inspectorate of Constabulary", aliases: ["HMIC"], docs: ["b.txt"]),
        ])
        var graph = FakeGraph(documents: ["a.txt", "b.txt"])
        graph.addNode(GraphVocabulary.organisation, ["name": "Rural Watch and Trust"], in: ["a.txt"], link: .mentionedIn)
        graph.addNode(GraphVocabulary.organisation, ["name": "HMIC"], in: ["b.txt"])
        let organisations = try report(gold, graph, .organisations)
        #expect(organisations.strict == Scores(matchedGold: 2, gold: 2, matchedFound: 2, found: 2))
        #expect(organisations.splits == [])
    }

    @Test func aNodeInNoGoldDocumentIsNotCounted() throws {
        let gold = GoldStandard(documents: documents, people: [GoldPerson(name: "Ann Other", docs: ["a.txt"])])
        var graph = FakeGraph(documents: ["a.txt", "z.txt"])
        graph.addPerson("Ann Other", in: ["a.txt"])
        graph.addPerson("Zed Other", in: ["z.txt"])
        let people = try report(gold, graph, .people)
        #expect(people.found == 1)
        #expect(people.strict.f1 == 1)
    }
}
