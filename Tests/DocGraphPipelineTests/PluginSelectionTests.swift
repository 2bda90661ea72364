import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport
import Foundation
import Testing

/// Putting a run's plugins together from the built-in ones, rule packs and docgraph.yaml.
@Suite struct PluginSelectionTests {
    /// Needs Person (from names.v1), produces Meeting; has an option; on "ROGUE" it returns a
    /// label it does not declare.
    private struct MeetingsExtractor: Extractor {
        let manifest = PluginManifest(
            id: "meetings.v1", name: "Meetings", summary: "", kind: .extractor, needs: ["Person", "MEETING_WORD"],
            produces: ["Meeting"], options: ["window": 2])

        func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
            let label = document.text.contains("ROGUE") ? "Place" : "Meeting"
            return Annotations(mentions: [Mention(
                id: "meetings.v1#1", label: label, range: TextRange(start: 0, end: 1), text: "x", extractor: manifest.id)])
        }
    }

    private let builtins = PluginRegistry(
        readers: [NoteReader()], extractors: [MeetingsExtractor(), CapitalisedNameExtractor()])

    private func pack() throws -> URL {
        try RulePackFixtures.folder([
            "pack.yaml": "id: words.v1\nproduces: [MEETING_WORD]\nlexicons: [{file: meeting-words.txt, label: MEETING_WORD}]\n",
            "meeting-words.txt": "meeting\nvisit\n",
        ])
    }

    private func configuration(_ yaml: String) throws -> PipelineConfiguration {
        let url = try SharedPaths.temporaryDirectory().appendingPathComponent("docgraph.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return try PipelineConfiguration.load(from: url)
    }

    @Test func extractorsRunInNeedOrderAndEveryPluginIsListed() throws {
        let selection = try PluginSelection(builtins: builtins, builtinRulePacks: [pack()], configuration: PipelineConfiguration())
        #expect(selection.registry.extractors.map(\.manifest.id) == ["words.v1", "names.v1", "meetings.v1"])
        #expect(selection.registry.extractors.allSatisfy { $0 is ValidatedExtractor })
        #expect(selection.listing.map(\.manifest.id) == ["note-reader.v1", "words.v1", "meetings.v1", "names.v1"])
        #expect(selection.listing.allSatisfy { $0.enabled })
        #expect(selection.wordLists["meeting-words"] == ["meeting", "visit"])
    }

    @Test func disabledPluginsAreListedButDoNotRun() throws {
        let yaml = "plugins:\n  disable: [meetings.v1]\n  rule-packs: [\(try pack().path)]\n"
        let selection = try PluginSelection(builtins: builtins, builtinRulePacks: [], configuration: configuration(yaml))
        #expect(selection.registry.extractors.map(\.manifest.id) == ["names.v1", "words.v1"])
        #expect(selection.listing.filter { !$0.enabled }.map(\.manifest.id) == ["meetings.v1"])
    }

    @Test func disablingAProducerLeavesANeedUnmet() throws {
        let configuration = try configuration("plugins:\n  disable: [names.v1]\n")
        #expect(throws: PluginOrderingError.unmetNeed(plugin: "meetings.v1", need: "Person")) {
            try PluginSelection(builtins: builtins, builtinRulePacks: [pack()], configuration: configuration)
        }
    }

    @Test func unknownIDsAndOptionsAreMistakes() throws {
        let unknownID = try configuration("plugins:\n  disable:\n    - names.v1\n    - peopel.v1\n")
        #expect(throws: ConfigurationError(
            file: try #require(unknownID.file).path, line: 4,
            message: "no plugin has the id 'peopel.v1' (under disable); `docgraph plugins` lists every plugin")) {
            try PluginSelection(builtins: builtins, builtinRulePacks: [pack()], configuration: unknownID)
        }
        let unknownOption = try configuration("plugins:\n  options:\n    meetings.v1: {windw: 3}\n    names.v1: {a: 1}\n")
        #expect(throws: ConfigurationError(
            file: try #require(unknownOption.file).path, line: 3,
            message: "plugin meetings.v1 has no option 'windw'; its options are window")) {
            try PluginSelection(builtins: builtins, builtinRulePacks: [pack()], configuration: unknownOption)
        }
    }

    @Test func contextsCarryOptionsAndWordLists() throws {
        let selection = try PluginSelection(
            builtins: builtins, builtinRulePacks: [pack()], configuration: configuration("plugins:\n  options:\n    meetings.v1: {window: 5}\n"))
        let context = selection.context(for: MeetingsExtractor().manifest)
        #expect(context.options == ["window": 5])
        #expect(context.wordLists.contains("visit", in: "meeting-words"))
    }

    @Test func undeclaredOutputIsDroppedWithAWarning() throws {
        let selection = try PluginSelection(builtins: builtins, builtinRulePacks: [pack()], configuration: PipelineConfiguration())
        let document = DocumentFixtures.document("ROGUE output")
        let meetings = try #require(selection.registry.extractors.last)
        let result = try meetings.extract(from: document, annotations: Annotations(), context: ExtractionContext())
        #expect(result.mentions.isEmpty)
        #expect(result.warnings == ["plugin meetings.v1: mention 'meetings.v1#1' (Place) has a label its manifest does not produce; dropped"])
    }
}
