import AcronymExtractor
import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct AcronymExtractorTests {
    private func run(_ text: String) -> Annotations? {
        let document = DocumentFixtures.document(text)
        let extractor = AcronymExtractor()
        return ExtractorConformance.check(
            extractor, on: document, annotations: TextAnalyzer().analyze(document),
            context: ExtractionContext(options: extractor.manifest.options))
    }

    @Test func findsAcronymsDefinedInBrackets() throws {
        let result = try #require(run("The Police and Crime Commissioner (PCC) met the Youth Advisory Board (YAB) today."))
        #expect(result.mentions.map(\.text) == ["PCC", "YAB"])
        #expect(result.mentions.map(\.properties) == [
            ["expansion": "Police and Crime Commissioner"], ["expansion": "Youth Advisory Board"],
        ])
        #expect(result.mentions.map(\.key) == ["PCC", "YAB"])
    }

    @Test func ignoresBracketsThatAreNotDefinitions() throws {
        let result = try #require(run("Numbers rose (NB) sharply, and the Town Council (Chair) met (TC)."))
        #expect(result.mentions.isEmpty)
    }

    @Test func followsTheIgnoredWordsOption() throws {
        let document = DocumentFixtures.document("The Office of the Mayor (OM) replied.")
        #expect(run(document.text)?.mentions.map(\.text) == ["OM"])
        let result = try AcronymExtractor().extract(
            from: document, annotations: TextAnalyzer().analyze(document), context: ExtractionContext(options: ["ignoredWords": ["of"]]))
        #expect(result.mentions.isEmpty, "'the' counts when the option does not ignore it")
    }

    @Test func conformsOnTheSeeds() throws {
        var found: [String] = []
        for url in try SharedPaths.seedFiles() {
            found += try #require(run(String(contentsOf: url, encoding: .utf8))).mentions.map(\.text)
        }
        #expect(!found.isEmpty, "the seeds define acronyms in brackets")
    }
}
