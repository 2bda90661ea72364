import DocGraphTestSupport
import Foundation
import Testing

@Suite struct LinkCommandTests {
    /// A temporary folder holding a copy of the seeds.
    func workspace() throws -> CommandRunner {
        let folder = try SharedPaths.temporaryDirectory()
        try FileManager.default.copyItem(at: SharedPaths.seeds, to: folder.appendingPathComponent("seeds"))
        return CommandRunner(directory: folder)
    }

    @Test func ingestingWithoutLinksThenLinkingGivesWhatOneIngestGives() throws {
        let linkedAtOnce = try workspace()
        #expect(try linkedAtOnce.run(["ingest", "seeds"]).status == 0)
        let expected = try linkedAtOnce.run(["stats", "--format", "json"]).output
        #expect(expected.contains("\"FOLLOWS_UP\""))

        let runner = try workspace()
        let ingest = try runner.run(["ingest", "seeds", "--no-link", "--quiet"])
        #expect(ingest.status == 0, "\(ingest.error)")
        #expect(ingest.error.contains(
            "note: links were not updated (--no-link); run 'docgraph link' when the last batch is in\n"))
        let unlinked = try runner.run(["stats", "--format", "json"]).output
        #expect(!unlinked.contains("\"FOLLOWS_UP\""))
        #expect(!unlinked.contains("\"HAS_STATUS\""))

        let link = try runner.run(["link", "--quiet"])
        #expect(link.status == 0, "\(link.error)")
        #expect(link.output.hasPrefix("Linked docgraph.sqlite with follow-ups.v1.\n"))
        #expect(try runner.run(["stats", "--format", "json"]).output == expected)
        let again = try runner.run(["link", "--quiet"])
        #expect(again.status == 0)
        #expect(try runner.run(["stats", "--format", "json"]).output == expected)
    }

    @Test func anUnchangedBatchNeedsNoNote() throws {
        let runner = try workspace()
        #expect(try runner.run(["ingest", "seeds", "--quiet"]).status == 0)
        let again = try runner.run(["ingest", "seeds", "--no-link", "--quiet"])
        #expect(again.status == 0)
        #expect(!again.error.contains("note:"))
    }

    @Test func linkingWithoutAStoreSaysWhatToDo() throws {
        let result = try workspace().run(["link"])
        #expect(result.status == 1)
        #expect(result.error == "error: no store at docgraph.sqlite: run 'docgraph ingest PATH' first, or name one with --store\n")
    }

    @Test func linkingWithEveryLinkerDisabledSaysSo() throws {
        let runner = try workspace()
        #expect(try runner.run(["ingest", "seeds", "--no-link", "--quiet"]).status == 0)
        try "plugins:\n  disable: [follow-ups.v1]\n".write(
            to: runner.directory.appendingPathComponent("docgraph.yaml"), atomically: true, encoding: .utf8)
        let result = try runner.run(["link"])
        #expect(result.status == 0)
        #expect(result.output == "No linker is enabled: nothing to link in docgraph.sqlite.\n")
    }

    @Test func aLinkerThatCannotMakeItsTemporaryFileFailsAndKeepsItsLinks() throws {
        var runner = try workspace()
        #expect(try runner.run(["ingest", "seeds", "--quiet"]).status == 0)
        let linked = try runner.run(["stats", "--format", "json"]).output
        let missing = runner.directory.appendingPathComponent("no-such-folder").path
        runner.environment["TMPDIR"] = missing
        let result = try runner.run(["link", "--quiet"])
        #expect(result.status == 1)
        #expect(result.error.contains(
            "error: linker follow-ups.v1 failed: cannot make the linker's temporary file of passages in \(missing): No such file or directory\n"))
        runner.environment["TMPDIR"] = nil
        #expect(try runner.run(["stats", "--format", "json"]).output == linked)
    }

    @Test func helpShowsExamples() throws {
        let help = try workspace().run(["link", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("docgraph link --store panel.sqlite"))
        // Prose is wrapped to the terminal, not broken where the source's lines end.
        #expect(help.output.contains("Linking weighs every document"))
    }
}
