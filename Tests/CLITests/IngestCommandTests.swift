import DocGraphTestSupport
import Foundation
import Testing

@Suite struct IngestCommandTests {
    /// A temporary folder holding a copy of the seeds.
    func workspace() throws -> (runner: CommandRunner, seeds: URL) {
        let folder = try SharedPaths.temporaryDirectory()
        let seeds = folder.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: SharedPaths.seeds, to: seeds)
        return (CommandRunner(directory: folder), seeds)
    }

    @Test func ingestingTheSeedsTwiceChangesNothing() throws {
        let (runner, _) = try workspace()
        let first = try runner.run(["ingest", "seeds"])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("5 documents into docgraph.sqlite: 5 added, 0 unchanged, 0 replaced, 0 failed"))
        let statsBefore = try runner.run(["stats", "--format", "json"]).output
        let second = try runner.run(["ingest", "seeds"])
        #expect(second.status == 0)
        #expect(second.output.contains("5 documents into docgraph.sqlite: 0 added, 5 unchanged, 0 replaced, 0 failed"))
        #expect(try runner.run(["stats", "--format", "json"]).output == statsBefore)
    }

    @Test func editingOneFileReplacesIt() throws {
        let (runner, seeds) = try workspace()
        #expect(try runner.run(["ingest", "seeds"]).status == 0)
        let file = seeds.appendingPathComponent("003_81907808ba1dbcd4.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + "\nA closing line added later.\n").write(to: file, atomically: true, encoding: .utf8)
        let again = try runner.run(["ingest", "seeds"])
        #expect(again.output.contains("0 added, 4 unchanged, 1 replaced, 0 failed"))
    }

    @Test func aMissingPathFailsAfterTheOthers() throws {
        let (runner, seeds) = try workspace()
        let result = try runner.run(["ingest", "seeds/000_0de250827f1bd0a2.txt", "nowhere", "--quiet"])
        #expect(result.status == 1)
        let missing = seeds.deletingLastPathComponent().appendingPathComponent("nowhere").standardizedFileURL.path
        #expect(result.error.contains("error: \(missing): no such file or folder"))
        #expect(result.output.contains("2 documents into docgraph.sqlite: 1 added, 0 unchanged, 0 replaced, 1 failed"))
    }

    @Test func helpShowsAnExample() throws {
        let (runner, _) = try workspace()
        for command in ["ingest", "stats", "export"] {
            let help = try runner.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.output.contains("Examples:"), "\(command)")
        }
    }

    @Test func statsWithoutAStoreSaysWhatToDo() throws {
        let (runner, _) = try workspace()
        let result = try runner.run(["stats"])
        #expect(result.status == 1)
        #expect(result.error == "error: no store at docgraph.sqlite: run 'docgraph ingest PATH' first, or name one with --store\n")
    }
}
