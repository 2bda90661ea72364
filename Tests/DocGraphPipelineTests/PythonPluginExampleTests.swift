import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport
import Foundation
import Testing

/// The example plugin in examples/external-plugin-python, declared by the docgraph.yaml beside it
/// and run from the repository's root as its README says.
@Suite struct PythonPluginExampleTests {
    @Test func itFindsSumsOfMoney() throws {
        let folder = SharedPaths.repositoryRoot.appendingPathComponent("examples/external-plugin-python")
        let configuration = try PipelineConfiguration.load(from: folder.appendingPathComponent("docgraph.yaml"))
        var declared = try #require(configuration.externalPlugins.first)
        declared.directory = SharedPaths.repositoryRoot
        let plugin = ExternalPluginExtractor(configuration: declared)
        defer { plugin.shutdown() }
        let document = DocumentFixtures.document("The café’s grant of £750 and payments of £18,432.17 were agreed; €40 million next.")
        let result = try plugin.extract(
            from: document, annotations: TextAnalyzer().analyze(document), context: ExtractionContext(options: declared.options))
        #expect(result.warnings == [])
        #expect(result.mentions.map(\.text) == ["£750", "£18,432.17", "€40 million"])
        #expect(result.mentions.map(\.properties) == [
            ["currency": "GBP", "value": 750], ["currency": "GBP", "value": 18432.17],
            ["currency": "EUR", "value": 40_000_000],
        ])
        #expect(result.mentions.allSatisfy { $0.extractor == "money.v1" && document.text(in: $0.range) == $0.text })
    }
}
