import DocGraphTestSupport
import Foundation
import Testing

@Suite struct EvalCommandTests {
    private let gold = SharedPaths.shared.appendingPathComponent("gold/seeds-dev.json").path

    /// A temporary folder whose store holds the ingested seeds.
    private func ingestedWorkspace() throws -> CommandRunner {
        let folder = try SharedPaths.temporaryDirectory()
        try FileManager.default.copyItem(at: SharedPaths.seeds, to: folder.appendingPathComponent("seeds"))
        let runner = CommandRunner(directory: folder)
        let ingest = try runner.run(["ingest", "seeds", "--quiet"])
        #expect(ingest.status == 0, "\(ingest.error)")
        return runner
    }

    @Test func theTableStartsWithTheFiguresOfEveryKind() throws {
        let result = try ingestedWorkspace().run(["eval", "--gold", gold])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "kind           strict P  R     F1    lenient P  R     F1    gold  found  splits")
        #expect(lines.dropFirst().prefix(6).map { $0.split(separator: " ").first.map(String.init) }
            == ["people", "organisations", "meetings", "decisions", "commitments", "follow-ups"])
        #expect(lines.dropFirst().prefix(6).allSatisfy { $0.split(separator: " ").count == 10 })
        #expect(result.output.contains("scored 3 of the 3 documents of \(gold)"))
    }

    @Test func showErrorsListsWhatTheJSONCounts() throws {
        let runner = try ingestedWorkspace()
        let table = try runner.run(["eval", "--gold", gold, "--show-errors", "--store", "docgraph.sqlite"])
        #expect(table.status == 0, "\(table.error)")
        let json = try runner.run(["eval", "--gold", gold, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let kinds = try #require(object["kinds"] as? [[String: Any]])
        var headings: [String] = []
        for kind in kinds {
            for list in ["missed", "spurious"] {
                if let items = kind[list] as? [Any], !items.isEmpty, let name = kind["kind"] as? String {
                    headings.append("\(name) \(list) (\(items.count)):")
                }
            }
        }
        let shown = table.output.split(separator: "\n").map(String.init).filter { $0.hasSuffix(":") && $0.contains(" (") }
        #expect(shown == headings)
    }

    @Test func theJSONHasEveryKindWithStrictAndLenientFigures() throws {
        let result = try ingestedWorkspace().run(["eval", "--gold", gold, "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["gold", "store", "documents", "kinds"])
        #expect(json["store"] as? String == "docgraph.sqlite")
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.count == 3 && documents.allSatisfy { ($0["stored"] as? [String])?.count == 1 })
        let kinds = try #require(json["kinds"] as? [[String: Any]])
        #expect(kinds.compactMap { $0["kind"] as? String }
            == ["people", "organisations", "meetings", "decisions", "commitments", "follow-ups"])
        for kind in kinds {
            for mode in ["strict", "lenient"] {
                let scores = try #require(kind[mode] as? [String: Any], "\(kind["kind"] ?? "") \(mode)")
                #expect(Set(scores.keys) == ["precision", "recall", "f1", "matchedGold", "matchedFound"])
            }
            #expect(kind["gold"] is Int && kind["found"] is Int)
            #expect(kind["missed"] is [Any] && kind["spurious"] is [Any])
        }
        #expect(kinds.prefix(2).allSatisfy { $0["splits"] is [Any] })
    }

    @Test func aBadGoldFileIsOneLineAndStatusOne() throws {
        let runner = try ingestedWorkspace()
        try Data("{\"documents\": [".utf8).write(to: runner.directory.appendingPathComponent("bad.json"))
        let result = try runner.run(["eval", "--gold", "bad.json"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error
            == "error: the gold file bad.json is not valid JSON (it ends too early); fix it or pass another file with --gold\n")
    }

    @Test func aStoreWithoutTheGoldDocumentsIsStatusOne() throws {
        let folder = try SharedPaths.temporaryDirectory()
        let seeds = folder.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: SharedPaths.seeds.appendingPathComponent("001_9da314cc6a9fe4da.txt"),
            to: seeds.appendingPathComponent("001_9da314cc6a9fe4da.txt"))
        let runner = CommandRunner(directory: folder)
        #expect(try runner.run(["ingest", "seeds", "--quiet"]).status == 0)
        let result = try runner.run(["eval", "--gold", gold])
        #expect(result.status == 1)
        #expect(result.error == "error: none of the documents the gold file lists (000_0de250827f1bd0a2.txt, "
            + "002_beac637aa5a014bf.txt, 004_94bf3c743eff976e.txt) is in the store docgraph.sqlite; "
            + "ingest them first with docgraph ingest\n")
    }

    @Test func withoutAStoreSaysWhatToDo() throws {
        let runner = CommandRunner(directory: try SharedPaths.temporaryDirectory())
        let result = try runner.run(["eval", "--gold", gold])
        #expect(result.status == 1)
        #expect(result.error == "error: no store at docgraph.sqlite: run 'docgraph ingest PATH' first, or name one with --store\n")
    }

    @Test func helpShowsExamples() throws {
        let help = try CommandRunner(directory: try SharedPaths.temporaryDirectory()).run(["eval", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("Examples:\n  docgraph eval --gold ../shared/gold/seeds-dev.json\n"))
    }
}
