import DocGraphTestSupport
import Foundation
import Testing

@Suite struct CommitmentCommandsTests {
    @Test func commitmentsListsEachWithWhoWhenDueAndStatus() throws {
        let result = try SeedsStoreFolder.runner().run(["commitments", "--store", "graph.sqlite"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix(" ID  Date        Made by") == true)
        #expect(result.output.contains("this a topic I will looking at in more depth"))
        #expect(result.output.contains("status as of 2017-09."))
    }

    @Test func commitmentsFilterByStatusMakerAndWords() throws {
        let runner = try SeedsStoreFolder.runner()
        let dropped = try runner.run(["commitments", "--store", "graph.sqlite", "--status", "dropped", "--format", "csv"])
        #expect(dropped.status == 0)
        let rows = dropped.output.split(separator: "\n").dropFirst()
        #expect(rows.count == 1)
        #expect(rows.first?.contains(",dropped,") == true)
        let mine = try runner.run(["commitments", "--store", "graph.sqlite", "--by", "seccombe", "--search", "convene", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(mine.output.utf8)) as? [String: Any])
        let commitments = try #require(object["commitments"] as? [[String: Any]])
        #expect(commitments.count == 1)
        #expect(commitments.first?["status"] as? String == "fulfilled")
        let none = try runner.run(["commitments", "--store", "graph.sqlite", "--search", "no such words anywhere"])
        #expect(none.output == "No commitments match.\n")
    }

    @Test func anUnknownStatusListsTheKnownOnes() throws {
        let result = try SeedsStoreFolder.runner().run(["commitments", "--store", "graph.sqlite", "--status", "done"])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("""
            Error: The value 'done' is invalid for '--status <status>'. Please provide one of the following:
              - fulfilled
              - changed
              - dropped
              - in-progress
              - overdue
              - open
            """))
    }

    @Test func traceShowsTheChainAndItsStatus() throws {
        let result = try SeedsStoreFolder.runner().run(
            ["trace", "--store", "graph.sqlite", "--search", "recruitment of a Deputy", "--explain"])
        #expect(result.status == 0)
        #expect(result.output.contains("  2017-09  fulfilled  003_81907808ba1dbcd4.txt\n"))
        #expect(result.output.contains("role filled: Deputy Police and Crime Commissioner Rob Tromans"))
        #expect(result.output.hasSuffix("Status: fulfilled (as of 2017-09)\n"))
    }

    @Test func traceWritesMarkdownAndDot() throws {
        let runner = try SeedsStoreFolder.runner()
        let markdown = try runner.run(["trace", "--store", "graph.sqlite", "--search", "later in the year", "--format", "markdown"])
        #expect(markdown.output.contains("| 2017-09 | 003_81907808ba1dbcd4.txt | dropped | “I am therefore not seeking to take on fire governance at this stage.” |"))
        let dot = try runner.run(["trace", "--store", "graph.sqlite", "--all", "--format", "dot"])
        #expect(dot.output.hasPrefix("digraph trace {\n"))
        #expect(dot.output.contains("[label=\"dropped\"];"))
    }

    @Test func traceSaysWhatToNameWhenItIsToldNothing() throws {
        let result = try SeedsStoreFolder.runner().run(["trace", "--store", "graph.sqlite"])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("Error: name one commitment by its ID, or use --search TEXT or --all\n"))
    }

    @Test func traceSaysWhenNothingMatches() throws {
        let runner = try SeedsStoreFolder.runner()
        let unknown = try runner.run(["trace", "999999", "--store", "graph.sqlite"])
        #expect(unknown.status == 1)
        #expect(unknown.error == "error: no commitment has the ID 999999: list them with 'docgraph commitments'\n")
        let nothing = try runner.run(["trace", "--search", "no such words anywhere", "--store", "graph.sqlite"])
        #expect(nothing.status == 1)
        #expect(nothing.error == "error: no commitment holds 'no such words anywhere': list them with 'docgraph commitments'\n")
    }

    @Test func withoutAStoreTheCommandsSaySo() throws {
        let folder = try SharedPaths.temporaryDirectory()
        let result = try CommandRunner(directory: folder).run(["commitments"])
        #expect(result.status == 1)
        #expect(result.error == "error: no store at docgraph.sqlite: run 'docgraph ingest PATH' first, or name one with --store\n")
    }
}
