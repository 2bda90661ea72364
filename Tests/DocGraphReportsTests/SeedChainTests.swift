import DocGraphEvaluation
import DocGraphKit
import DocGraphReports
import DocGraphStore
import DocGraphTestSupport
import Foundation
import Testing

/// The chains issue 7 asks `docgraph trace` to show on the seeds, and the quality bar of
/// `docgraph eval` on the development gold.
@Suite struct SeedChainTests {
    func catalog() async throws -> CommitmentCatalog {
        try CommitmentCatalog(graph: try await SeedStore.store())
    }

    /// The commitment made on `date` whose text holds `words`.
    func commitment(_ words: String, madeOn date: String, in catalog: CommitmentCatalog) throws -> CommitmentEntry {
        let found = catalog.entries.filter { $0.date?.iso == date && $0.text.contains(words) }
        #expect(found.count == 1, "\(found.count) commitments made on \(date) hold '\(words)'")
        return try #require(found.first)
    }

    /// The follow-ups of a commitment reported on `date`.
    func followUps(of entry: CommitmentEntry, on date: String) -> [FollowUpEntry] {
        entry.followUps.filter { $0.date?.iso == date }
    }

    @Test func theTravellerProtocolIsFinalised() async throws {
        let catalog = try await catalog()
        let protocol_ = try commitment("draft protocol", madeOn: "2017-03-23", in: catalog)
        let reports = followUps(of: protocol_, on: "2017-09")
        #expect(reports.contains { [.fulfilled, .progress].contains($0.relation) && $0.quote.contains("protocol") })
    }

    @Test func fireGovernanceIsDecidedAgainst() async throws {
        let catalog = try await catalog()
        let review = try commitment("later in the year", madeOn: "2017-03", in: catalog)
        let reports = followUps(of: review, on: "2017-09")
        #expect(reports.map(\.relation) == [.dropped])
        #expect(reports.first?.quote == "I am therefore not seeking to take on fire governance at this stage.")
        #expect(review.status == .dropped)
    }

    @Test func theDeputyIsRecruited() async throws {
        let catalog = try await catalog()
        let advert = try commitment("recruitment of a Deputy", madeOn: "2017-03-23", in: catalog)
        let reports = followUps(of: advert, on: "2017-09")
        #expect(reports.map(\.relation) == [.fulfilled])
        #expect(reports.first?.quote.contains("Rob Tromans") == true)
        #expect(advert.status == .fulfilled)
    }

    @Test func theMeetingOfAgenciesIsHeld() async throws {
        let catalog = try await catalog()
        let promise = try commitment("convene a meeting", madeOn: "2017-07", in: catalog)
        #expect(promise.madeBy == ["Philip Seccombe"])
        let reports = followUps(of: promise, on: "2017-07")
        #expect(reports.map(\.relation) == [.fulfilled])
        #expect(reports.first?.quote.hasPrefix("Last week I was able to make good on that commitment") == true)
    }

    @Test func theOperationsCommunicationsCentreIsAwaited() async throws {
        let catalog = try await catalog()
        let pledge = try commitment("modernised and efficient police force", madeOn: "2016-12", in: catalog)
        #expect(pledge.plans == ["Police and Crime Plan"])
        let reports = followUps(of: pledge, on: "2017-03")
        #expect(reports.map(\.relation) == [.progress])
        #expect(reports.first?.quote.contains("Operations Communications Centre opens") == true)
    }

    @Test func theSeedsMeetTheQualityBar() async throws {
        let gold = try GoldStandard.load(from: SharedPaths.shared.appendingPathComponent("gold/seeds-dev.json").path)
        let report = try Evaluator(gold: gold, goldName: "seeds-dev.json").evaluate(try await SeedStore.store())
        let commitments = try #require(report[.commitments])
        let followUps = try #require(report[.followUps])
        #expect((commitments.strict.f1 ?? 0) >= 0.8)
        #expect((followUps.strict.recall ?? 0) >= 0.8)
        #expect((followUps.strict.precision ?? 0) >= 0.7)
    }
}
