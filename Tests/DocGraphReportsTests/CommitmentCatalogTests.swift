import DocGraphKit
import DocGraphReports
import Testing

@Suite struct CommitmentCatalogTests {
    let catalog: CommitmentCatalog

    init() throws {
        catalog = try CommitmentCatalog(graph: try ReportFixtures.store())
    }

    func entry(_ words: String) throws -> CommitmentEntry {
        try #require(catalog.entries.first { $0.text.contains(words) })
    }

    @Test func everyCommitmentIsReadWithWhatTheGraphSays() throws {
        #expect(catalog.asOf == PartialDate(iso: "2017-09"))
        let centre = try entry("youth centre")
        #expect(centre.madeBy == ["Jane Example"])
        #expect(centre.plans == ["Northshire Plan"])
        #expect(centre.kind == "promise")
        #expect(centre.date == PartialDate(iso: "2017-03"))
        #expect(centre.document?.name == "march.txt")
        #expect(centre.quote == "I will open a youth centre in Northtown")
    }

    @Test func followUpsComeWithTheirEvidenceAndExplanation() throws {
        let followUp = try #require(try entry("youth centre").followUps.first)
        #expect(followUp.relation == .fulfilled)
        #expect(followUp.date == PartialDate(iso: "2017-09"))
        #expect(followUp.document?.name == "september.txt")
        #expect(followUp.quote == ReportFixtures.september)
        #expect(followUp.score == 0.5)
        #expect(followUp.matched == ["words: youth, centre", "cue: opened (fulfilled)"])
        #expect(followUp.source == "Update")
    }

    @Test func theStatusIsDerivedOnRead() throws {
        #expect(try entry("youth centre").status == .fulfilled)
        #expect(try entry("footbridge").status == .overdue)
        #expect(try entry("bus routes").status == .open)
    }

    @Test func filtersKeepWhatTheyName() throws {
        #expect(catalog.entries(matching: CommitmentFilter(status: .overdue)).map(\.text)
            == ["The footbridge at Eastford is expected to be completed by June"])
        #expect(catalog.entries(matching: CommitmentFilter(maker: "example")).count == 2)
        #expect(catalog.entries(matching: CommitmentFilter(maker: "Jane")).count == 2)
        #expect(catalog.entries(matching: CommitmentFilter(maker: "Jan")).isEmpty)
        #expect(catalog.entries(matching: CommitmentFilter(search: "BUS  routes")).count == 1)
        #expect(catalog.entries(matching: CommitmentFilter(status: .open, maker: "Jane Example")).isEmpty)
    }
}
