import DocGraphTestSupport
import Foundation
import Testing

@Suite struct PluginsCommandTests {
    private func runner(yaml: String? = nil) throws -> CommandRunner {
        let folder = try SharedPaths.temporaryDirectory()
        if let yaml { try yaml.write(to: folder.appendingPathComponent("docgraph.yaml"), atomically: true, encoding: .utf8) }
        return CommandRunner(directory: folder)
    }

    @Test func listsTheBuiltInPluginsWithoutAConfiguration() throws {
        let result = try runner().run(["plugins"])
        #expect(result.status == 0)
        let rows = result.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(rows.first == ["ID", "VERSION", "KIND", "ORIGIN", "ENABLED", "NEEDS", "PRODUCES"])
        #expect(rows.contains { $0.prefix(6) == ["core.v1", "1", "extractor", "rule-pack", "yes", "tokens"] })
    }

    @Test func listsRulePacksAndExternalPluginsFromDocgraphYAML() throws {
        let pack = SharedPaths.repositoryRoot.appendingPathComponent("examples/rule-packs/council-minutes").path
        let result = try runner(yaml: """
            plugins:
              disable: [money.v1]
              rule-packs: [\(pack)]
              external:
                - id: money.v1
                  command: python3
                  args: [money_plugin.py]
                  needs: [tokens]
                  produces: [MONEY]
            """).run(["plugins", "--format", "json"])
        #expect(result.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let summary = entries.map { "\($0["id"] ?? "") \($0["origin"] ?? "") \(($0["enabled"] as? Bool) == true)" }
        #expect(summary.contains("council-minutes.v1 rule-pack true"))
        #expect(summary.contains("money.v1 external false"))
    }

    @Test func aMistakeInTheConfigurationIsReportedWithItsLine() throws {
        let runner = try runner(yaml: "plugins:\n  disable:\n    - peopel.v1\n")
        let result = try runner.run(["plugins"])
        #expect(result.status == 1)
        #expect(result.error == "error: \(runner.directory.appendingPathComponent("docgraph.yaml").path):3: "
            + "no plugin has the id 'peopel.v1' (under disable); `docgraph plugins` lists every plugin\n")
    }

    @Test func aCycleIsReportedAfterTheListing() throws {
        let result = try runner(yaml: """
            plugins:
              external:
                - {id: a.v1, command: a, needs: [B], produces: [A]}
                - {id: b.v1, command: b, needs: [A], produces: [B]}
            """).run(["plugins"])
        #expect(result.status == 1)
        #expect(result.output.contains("a.v1"))
        #expect(result.error == "error: plugins a.v1 → b.v1 → a.v1 form a cycle (each needs what the next produces); "
            + "remove one of those needs\n")
    }
}
