import DocGraphTestSupport
import Foundation
import Testing

/// `docgraph met` on the seeds, as a user runs it.
@Suite(.serialized) struct MetCommandTests {
    let runner: CommandRunner
    let store: String

    init() throws {
        let folder = try SharedPaths.temporaryDirectory()
        runner = CommandRunner(directory: folder)
        store = folder.appendingPathComponent("graph.sqlite").path
        #expect(try runner.run(["ingest", SharedPaths.seeds.path, "--store", store, "--quiet"]).status == 0)
    }

    @Test func anAcronymFindsItsOrganisationsMeetingsAsJSON() throws {
        let result = try runner.run(["met", "Crimestoppers", "--store", store, "--format", "json"])
        #expect(result.status == 0)
        let meetings = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(meetings.count == 1)
        #expect(meetings.first?["date"] as? String == "2017-07-11")
        #expect(meetings.first?["status"] as? String == "planned")
        #expect(meetings.first?["evidence"] as? String == "July 11: Meeting with Crimestoppers")
        #expect(meetings.first?["others"] as? [String] == ["Philip Seccombe"])
    }

    @Test func theAuthorsMeetingsInDateOrderFilteredByCompanionAndStatus() throws {
        let all = try runner.run(["met", "Philip Seccombe", "--store", store, "--format", "json"])
        #expect(all.status == 0)
        let meetings = try #require(try JSONSerialization.jsonObject(with: Data(all.output.utf8)) as? [[String: Any]])
        #expect(meetings.count >= 40)
        let dates = meetings.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())
        let shared = try runner.run(["met", "Philip Seccombe", "--with", "Martin Jelley", "--status", "held", "--store", store])
        #expect(shared.status == 0)
        #expect(shared.output.contains("cycle security event in the Market Square in Warwick"))
        #expect(!shared.output.contains("planned"))
    }

    @Test func anUnknownNameSaysSoAndSuggestsTheClosest() throws {
        let result = try runner.run(["met", "Phillip Secombe", "--store", store])
        #expect(result.status == 1)
        #expect(result.error == "error: no person or organisation called 'Phillip Secombe'; closest known: Philip Seccombe, Phil Evans, Ian George\n")
    }

    @Test func aDateThatIsNoDateIsRefused() throws {
        let result = try runner.run(["met", "Philip Seccombe", "--since", "2017-13", "--store", store])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("Error: --since '2017-13' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD\n"))
    }
}
