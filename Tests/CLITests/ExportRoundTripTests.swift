import DocGraphTestSupport
import Foundation
import Testing

/// Exports read back: the Cypher script through our own engine, the JSON lines through
/// `docgraph import`, the Graphviz file through `dot`.
@Suite struct ExportRoundTripTests {
    func seededRunner() throws -> CommandRunner {
        let runner = CommandRunner(directory: try SharedPaths.temporaryDirectory())
        #expect(try runner.run(["ingest", SharedPaths.seeds.path, "--quiet"]).status == 0)
        return runner
    }

    func counts(_ runner: CommandRunner, store: String) throws -> String {
        let labels = try runner.run([
            "query", "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label", "--format", "csv",
            "--store", store,
        ]).output
        let types = try runner.run([
            "query", "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type", "--format", "csv", "--store", store,
        ]).output
        return labels + types
    }

    @Test func theCypherScriptLoadsIntoAnEmptyStoreAsTheSameGraph() throws {
        let runner = try seededRunner()
        let script = runner.directory.appendingPathComponent("graph.cypher").path
        #expect(try runner.run(["export", "--format", "cypher", "--output", script]).status == 0)
        let statements = try String(contentsOfFile: script, encoding: .utf8).split(separator: "\n")
        let copy = runner.directory.appendingPathComponent("copy.sqlite").path
        for statement in statements {
            let result = try runner.run(["query", String(statement), "--store", copy])
            #expect(result.status == 0, "\(statement.prefix(120)): \(result.error)")
        }
        #expect(try counts(runner, store: copy) == counts(runner, store: "docgraph.sqlite"))
        let names = "MATCH (d:Document) RETURN d.name, d.sha256, d.date ORDER BY d.name"
        #expect(try runner.run(["query", names, "--store", copy]).output == runner.run(["query", names]).output)
    }

    @Test func jsonLinesImportIntoAnEmptyStoreAsTheSameGraph() throws {
        let runner = try seededRunner()
        let file = runner.directory.appendingPathComponent("graph.jsonl").path
        #expect(try runner.run(["export", "--format", "jsonl", "--output", file]).status == 0)
        let copy = runner.directory.appendingPathComponent("copy.sqlite").path
        let imported = try runner.run(["import", file, "--store", copy])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(try counts(runner, store: copy) == counts(runner, store: "docgraph.sqlite"))
        let again = try runner.run(["import", file, "--store", copy])
        #expect(again.status == 1)
        #expect(again.error.hasPrefix("error: import needs an empty store; this one holds "))
    }

    @Test func graphvizParsesTheDotFile() throws {
        let runner = try seededRunner()
        let dot = try runner.run(["export", "--format", "dot", "--label", "Document"])
        #expect(dot.status == 0)
        let result = try ProcessRunner.run("/usr/bin/env", ["dot", "-Tsvg"], input: dot.output)
        #expect(result.status == 0, "dot (graphviz) must be installed and accept the file: \(result.error)")
        #expect(result.output.contains("<svg"))
    }

    @Test func exportOfAQueryKeepsWhatItReturns() throws {
        let runner = try seededRunner()
        let result = try runner.run([
            "export", "--format", "jsonl", "--query", "MATCH (d:Document {kind: 'report'}) RETURN d",
        ])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("001_9da314cc6a9fe4da.txt") == true)
    }

    @Test func csvNeedsAFolder() throws {
        let runner = try seededRunner()
        let result = try runner.run(["export", "--format", "csv"])
        #expect(result.status == 64)
        #expect(result.error.contains("csv writes two files: name a folder for them with --output"))
        let folder = runner.directory.appendingPathComponent("csv").path
        #expect(try runner.run(["export", "--format", "csv", "--output", folder]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/nodes.csv"))
        #expect(FileManager.default.fileExists(atPath: folder + "/relationships.csv"))
    }
}
