import DocGraphTestSupport
import Foundation
import Testing

@Suite struct QueryCommandTests {
    func seededRunner() throws -> CommandRunner {
        let runner = CommandRunner(directory: try SharedPaths.temporaryDirectory())
        let ingest = try runner.run(["ingest", SharedPaths.seeds.path, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.error)")
        return runner
    }

    @Test func answersAQueryAsATableJSONAndCSV() throws {
        let runner = try seededRunner()
        let query = "MATCH (d:Document) WHERE d.kind = $kind RETURN d.name AS name ORDER BY name"
        let table = try runner.run(["query", query, "--param", "kind=report"])
        #expect(table.status == 0, "\(table.error)")
        #expect(table.output.contains("001_9da314cc6a9fe4da.txt"))
        #expect(!table.output.contains("000_0de250827f1bd0a2.txt"))
        let csv = try runner.run(["query", query, "--param", "kind=newsletter", "--format", "csv"])
        #expect(csv.output.split(separator: "\r\n").map(String.init) == [
            "name", "000_0de250827f1bd0a2.txt", "002_beac637aa5a014bf.txt", "003_81907808ba1dbcd4.txt",
            "004_94bf3c743eff976e.txt",
        ])
        let json = try runner.run(["query", "MATCH (d:Document) RETURN count(d) AS documents", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(rows.first?["documents"] as? Int == 5)
    }

    @Test func readsTheQueryFromStandardInput() throws {
        let runner = try seededRunner()
        let result = try runner.run(["query", "-", "--format", "csv"], input: "MATCH (d:Document) RETURN count(*) AS n")
        #expect(result.output == "n\r\n5\r\n")
    }

    @Test func aSyntaxErrorShowsWhereWithACaret() throws {
        let runner = try seededRunner()
        let result = try runner.run(["query", "MATCH (d:Document RETURN d"])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("error: "))
        #expect(result.error.contains("line 1, column 19"))
        #expect(result.error.contains("MATCH (d:Document RETURN d\n"))
        #expect(result.error.contains("                  ^"))
    }

    @Test func readOnlyRefusesWrites() throws {
        let runner = try seededRunner()
        let result = try runner.run(["query", "CREATE (:Person {name: 'Someone New'})", "--read-only"])
        #expect(result.status == 1)
        #expect(result.error.contains("writes are refused by --read-only"))
        let count = try runner.run(["query", "MATCH (p:Person {name: 'Someone New'}) RETURN count(p) AS n", "--format", "csv"])
        #expect(count.output == "n\r\n0\r\n")
    }

    @Test func curatedNodesSurviveReingestion() throws {
        let runner = try seededRunner()
        #expect(try runner.run(["query", "CREATE (:Person {name: 'A Curated Person'})"]).status == 0)
        #expect(try runner.run(["ingest", SharedPaths.seeds.path, "--quiet"]).status == 0)
        let count = try runner.run(["query", "MATCH (p:Person {name: 'A Curated Person'}) RETURN count(p) AS n", "--format", "csv"])
        #expect(count.output == "n\r\n1\r\n")
    }

    @Test func theShellRunsQueriesEndedBySemicolons() throws {
        let runner = try seededRunner()
        let input = """
            :format csv
            MATCH (d:Document)
            RETURN count(d) AS n;
            :nonsense
            :quit
            """
        let result = try runner.run(["shell"], input: input)
        #expect(result.status == 0)
        #expect(result.output.contains("format: csv\nn\r\n5\r\n"))
        #expect(result.error.contains("error: unknown command :nonsense; :help lists the commands"))
    }

    @Test func explainShowsTheSQL() throws {
        let runner = try seededRunner()
        let result = try runner.run(["query", "EXPLAIN MATCH (d:Document) RETURN d.name"])
        #expect(result.status == 0)
        #expect(result.output.contains("-- plan:"))
        #expect(result.output.contains("SELECT"))
    }
}
