import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport
import Foundation
import Testing

/// The example rule pack in examples/rule-packs/council-minutes, run the way `docgraph` runs it
/// (listed under rule-packs in docgraph.yaml) over its sample minutes.
@Suite struct CouncilMinutesExampleTests {
    private let folder = SharedPaths.repositoryRoot.appendingPathComponent("examples/rule-packs/council-minutes")

    private func annotations() throws -> Annotations {
        let configuration = try SharedPaths.temporaryDirectory().appendingPathComponent("docgraph.yaml")
        try "plugins:\n  rule-packs: [\(folder.path)]\n".write(to: configuration, atomically: true, encoding: .utf8)
        let selection = try PluginSelection(
            builtins: PluginRegistry(), builtinRulePacks: [], configuration: PipelineConfiguration.load(from: configuration))
        let text = try String(
            contentsOf: folder.appendingPathComponent("sample/hollowmere-town-council-2024-05-14.txt"), encoding: .utf8)
        let document = DocumentFixtures.paragraphs(text)
        var annotations = TextAnalyzer().analyze(document)
        for extractor in selection.registry.extractors {
            annotations.merge(try extractor.extract(
                from: document, annotations: annotations, context: selection.context(for: extractor.manifest)))
        }
        return annotations
    }

    @Test func itFindsTheAttendeesOfTheSampleMinutes() throws {
        let people = try annotations().mentions(labeled: "Person")
        let attendees = people.filter { $0.properties["attendance"] == "present" }
        #expect(attendees.map(\.text) == [
            "Margaret Hollis", "David Okafor", "Susan Price", "Tom Breen", "Aisha Rahman", "Peter Lindqvist",
        ])
        #expect(attendees.allSatisfy { $0.properties["titles"] == ["Councillor"] })
        #expect(people.filter { $0.properties["attendance"] == "in attendance" }.map(\.text)
            == ["Paul Denton", "Claire Ashworth", "Gemma Hart"])
        #expect(people.filter { $0.properties["attendance"] == "apologies" }.map(\.text) == ["Graham Lyle", "Nina Shah"])
        #expect(people.count == 11, "no one outside the three lists is taken for an attendee")
    }

    @Test func itFindsEveryResolution() throws {
        #expect(try annotations().mentions(labeled: "Decision").map(\.text) == [
            "RESOLVED that the minutes of the meeting held on 9 April 2024 be approved as a correct record and signed by the Chair",
            "RESOLVED: that the schedule of payments be approved",
            "RESOLVED that a grant of £750 be awarded to the Hollowmere Community Larder towards refrigeration equipment",
            "RESOLVED that the Clerk obtain three quotations for replacing the allotment boundary fence and report back "
                + "to the July meeting",
        ])
    }
}
