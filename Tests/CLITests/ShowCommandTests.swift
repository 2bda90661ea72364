import DocGraphTestSupport
import Foundation
import Testing

@Suite struct ShowCommandTests {
    /// A temporary folder whose store holds the seeds.
    func ingestedSeeds() throws -> CommandRunner {
        let folder = try SharedPaths.temporaryDirectory()
        let runner = CommandRunner(directory: folder)
        let ingest = try runner.run(["ingest", SharedPaths.seeds.path, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.error)")
        return runner
    }

    @Test func aPersonWithAliasesTitlesRolesAndSightings() throws {
        let result = try ingestedSeeds().run(["show", "philip seccombe"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("Philip Seccombe (Person)\n  aliases: Philip, Philip Secombe, Seccombe\n"))
        #expect(result.output.contains("Police and Crime Commissioner at Warwickshire Police (000_0de250827f1bd0a2.txt)"))
        #expect(result.output.contains("\"Philip Secombe\" in 003_81907808ba1dbcd4.txt\n      Philip Secombe TD"))
    }

    @Test func anAbbreviationFindsItsOrganisationAsJSON() throws {
        let result = try ingestedSeeds().run(["show", "HMIC", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(reports.first?["name"] as? String == "Her Majesty's Inspectorate of Constabulary")
        #expect(reports.first?["aliases"] as? [String] == ["HMIC"])
        #expect(reports.first?["kind"] as? String == "government body")
    }

    @Test func anUnknownNameSuggestsTheClosest() throws {
        let runner = try ingestedSeeds()
        let misspelt = try runner.run(["show", "Philp Secombe"])
        #expect(misspelt.status == 1)
        #expect(misspelt.error
            == "error: no person, organisation or place is named 'Philp Secombe'; closest known: Philip Secombe, Philip Seccombe\n")
        let unknown = try runner.run(["show", "Xyzzy"])
        #expect(unknown.status == 1)
        #expect(unknown.error == "error: no person, organisation or place is named 'Xyzzy'\n")
    }

    @Test func withoutAStoreSaysWhatToDo() throws {
        let result = try CommandRunner(directory: try SharedPaths.temporaryDirectory()).run(["show", "Anyone"])
        #expect(result.status == 1)
        #expect(result.error == "error: no store at docgraph.sqlite: run 'docgraph ingest PATH' first, or name one with --store\n")
    }
}
