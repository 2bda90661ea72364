import DocGraphEvaluation
import DocGraphKit
import Testing

@Suite struct MeetingScorerTests {
    private func meetings(_ gold: GoldStandard, _ graph: FakeGraph) throws -> KindReport {
        try #require(try Evaluator(gold: gold, goldName: "gold.json").evaluate(graph)[.meetings])
    }

    @discardableResult
    private func addMeeting(_ graph: inout FakeGraph, _ title: String, date: String?, quote: String = "") -> Int64 {
        var properties: Properties = ["title": .string(title), "status": "held"]
        if let date { properties["date"] = .string(date) }
        return graph.addNode(GraphVocabulary.meeting, properties, in: ["a.txt"], quote: quote)
    }

    @Test func datesAgreeAtTheCoarserPrecision() throws {
        let gold = GoldStandard(documents: [GoldDocument(file: "a.txt")], meetings: [
            GoldMeeting(doc: "a.txt", date: PartialDate(iso: "2017-03"), title: "Rugby Community Safety Partnership"),
            GoldMeeting(doc: "a.txt", date: PartialDate(iso: "2017-03-15"), title: "Police and Crime Panel"),
            GoldMeeting(doc: "a.txt", date: PartialDate(iso: "2017-03-08"), title: "Rural Crime meeting"),
            GoldMeeting(doc: "a.txt", date: PartialDate(iso: "2017-04-02"), title: "Farm visit"),
        ])
        var graph = FakeGraph(documents: ["a.txt"])
        addMeeting(&graph, "Rugby Community Safety Partnership meeting", date: "2017-03-07")
        addMeeting(&graph, "Police and Crime Panel", date: "2017-03")
        let wrongDay = addMeeting(&graph, "Rural Crime meeting", date: "2017-03-09")
        addMeeting(&graph, "Farm visit", date: nil)
        let report = try meetings(gold, graph)
        #expect(report.strict == Scores(matchedGold: 2, gold: 4, matchedFound: 2, found: 4))
        // Lenient rules ignore dates.
        #expect(report.lenient == Scores(matchedGold: 4, gold: 4, matchedFound: 4, found: 4))
        #expect(report.missed.map(\.text) == ["Rural Crime meeting (2017-03-08)", "Farm visit (2017-04-02)"])
        #expect(report.missed.first?.lenientMatch == "Rural Crime meeting (2017-03-09) #\(wrongDay)")
    }

    @Test func aGoldMeetingWithoutADateTakesAnyDate() throws {
        let gold = GoldStandard(documents: [GoldDocument(file: "a.txt")], meetings: [
            GoldMeeting(doc: "a.txt", title: "Weekly meeting with the Chief Constable"),
        ])
        var graph = FakeGraph(documents: ["a.txt"])
        addMeeting(&graph, "Weekly meeting with the Chief Constable", date: "2017-03-02")
        #expect(try meetings(gold, graph).strict.f1 == 1)
    }

    @Test func halfTheLongTitleWordsStrictlyAThirdLeniently() throws {
        // Words of four letters or more: warwickshire, rural, crime, meeting, farmers, union.
        let title = "Warwickshire Rural Crime meeting at the Farmers Union"
        let gold = GoldStandard(documents: [GoldDocument(file: "a.txt")], meetings: [
            GoldMeeting(doc: "a.txt", title: title), GoldMeeting(doc: "a.txt", title: title),
            GoldMeeting(doc: "a.txt", title: title),
        ])
        var graph = FakeGraph(documents: ["a.txt"])
        addMeeting(&graph, "Session", date: nil, quote: "the rural crime meeting went well")  // 3 of 6
        addMeeting(&graph, "Union talk", date: nil, quote: "with farmers")  // 2 of 6
        addMeeting(&graph, "Crime talk", date: nil)  // 1 of 6
        let report = try meetings(gold, graph)
        #expect(report.strict.matchedGold == 1)
        #expect(report.lenient.matchedGold == 2)
    }

    @Test func aSharedParticipantIsEnoughThroughTitlesAndAliases() throws {
        let gold = GoldStandard(
            documents: [GoldDocument(file: "a.txt")],
            people: [GoldPerson(name: "Martin Jelley", aliases: ["Mr Jelley"], docs: ["a.txt"])],
            organisations: [GoldOrganisation(name: "Crimestoppers Trust", aliases: ["Crimestoppers"], docs: ["a.txt"])],
            meetings: [
                GoldMeeting(doc: "a.txt", title: "Weekly catch-up", participants: ["Chief Constable Martin Jelley"]),
                GoldMeeting(doc: "a.txt", title: "Charity visit", participants: ["Crimestoppers Trust"]),
            ])
        var graph = FakeGraph(documents: ["a.txt"])
        let weekly = addMeeting(&graph, "Session", date: nil)
        let visit = addMeeting(&graph, "Call", date: nil)
        let person = graph.addPerson("Jelley", aliases: ["Mr Jelley"], in: ["a.txt"])
        let charity = graph.addNode(GraphVocabulary.organisation, ["name": "Crimestoppers"], in: ["a.txt"])
        graph.relate(GraphVocabulary.attended, from: person, to: weekly)
        graph.relate(GraphVocabulary.attended, from: charity, to: visit)
        #expect(try meetings(gold, graph).strict == Scores(matchedGold: 2, gold: 2, matchedFound: 2, found: 2))
    }

    @Test func pairsOneToOneByBestOverlap() throws {
        let gold = GoldStandard(documents: [GoldDocument(file: "a.txt")], meetings: [
            GoldMeeting(doc: "a.txt", title: "Community Safety Partnership meeting in Rugby"),
        ])
        var graph = FakeGraph(documents: ["a.txt"])
        let partial = addMeeting(&graph, "Community Safety meeting", date: nil)
        addMeeting(&graph, "Rugby Community Safety Partnership meeting", date: nil)
        let report = try meetings(gold, graph)
        #expect(report.strict == Scores(matchedGold: 1, gold: 1, matchedFound: 1, found: 2))
        #expect(report.spurious.map(\.id) == [partial])
    }

    @Test func aMeetingInAnotherDocumentDoesNotMatch() throws {
        let gold = GoldStandard(
            documents: [GoldDocument(file: "a.txt"), GoldDocument(file: "b.txt")],
            meetings: [GoldMeeting(doc: "b.txt", title: "Board meeting")])
        var graph = FakeGraph(documents: ["a.txt", "b.txt"])
        addMeeting(&graph, "Board meeting", date: nil)
        let report = try meetings(gold, graph)
        #expect(report.strict == Scores(matchedGold: 0, gold: 1, matchedFound: 0, found: 1))
        #expect(report.lenient.matchedGold == 0)
    }
}
