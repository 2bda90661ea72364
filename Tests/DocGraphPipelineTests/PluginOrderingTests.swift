import DocGraphKit
import DocGraphPipeline
import Testing

@Suite struct PluginOrderingTests {
    private func manifest(_ id: String, needs: [String] = [], produces: [String] = []) -> PluginManifest {
        PluginManifest(id: id, name: id, summary: "", kind: .extractor, needs: needs, produces: produces)
    }

    private func orderedIDs(_ manifests: [PluginManifest]) throws -> [String] {
        try PluginOrdering.order(manifests).map { manifests[$0].id }
    }

    @Test func producersRunBeforeThePluginsThatNeedThem() throws {
        let manifests = [
            manifest("meetings.v1", needs: ["Person", "sentences"], produces: ["Meeting"]),
            manifest("people.v1", needs: ["TITLE"], produces: ["Person"]),
            manifest("core.v1", needs: ["tokens"], produces: ["TITLE"]),
        ]
        #expect(try orderedIDs(manifests) == ["core.v1", "people.v1", "meetings.v1"])
    }

    @Test func pluginsWithoutAnOrderKeepRegistrationOrder() throws {
        let manifests = [
            manifest("c.v1", produces: ["C"]),
            manifest("a.v1", produces: ["A"]),
            manifest("d.v1", needs: ["A"], produces: ["D"]),
            manifest("b.v1", produces: ["B"]),
        ]
        #expect(try orderedIDs(manifests) == ["c.v1", "a.v1", "d.v1", "b.v1"])
    }

    @Test func aNeedWaitsForEveryProducerOfIt() throws {
        let manifests = [
            manifest("user.v1", needs: ["Person"]),
            manifest("people.v1", produces: ["Person"]),
            manifest("minutes.v1", produces: ["Person", "Decision"]),
        ]
        #expect(try orderedIDs(manifests) == ["people.v1", "minutes.v1", "user.v1"])
    }

    @Test func producingWhatItNeedsIsNotADependencyOnItself() throws {
        let manifests = [
            manifest("refine.v1", needs: ["Person"], produces: ["Person"]),
            manifest("people.v1", produces: ["Person"]),
        ]
        #expect(try orderedIDs(manifests) == ["people.v1", "refine.v1"])
    }

    @Test func aNeedNobodyProducesIsAnError() {
        let manifests = [manifest("meetings.v1", needs: ["sentences", "Person"], produces: ["Meeting"])]
        #expect(throws: PluginOrderingError.unmetNeed(plugin: "meetings.v1", need: "Person")) {
            try PluginOrdering.order(manifests)
        }
        let message = PluginOrderingError.unmetNeed(plugin: "meetings.v1", need: "Person").description
        #expect(message == "plugin meetings.v1 needs 'Person', which no plugin produces; "
            + "enable a plugin that produces it or disable meetings.v1 in docgraph.yaml")
    }

    @Test func aNeedOnlyTheSamePluginProducesIsUnmet() {
        let manifests = [manifest("refine.v1", needs: ["Person"], produces: ["Person"])]
        #expect(throws: PluginOrderingError.unmetNeed(plugin: "refine.v1", need: "Person")) {
            try PluginOrdering.order(manifests)
        }
    }

    @Test func aCycleIsReportedFromItsFirstRegisteredMember() {
        let manifests = [
            manifest("free.v1", produces: ["X"]),
            manifest("b.v1", needs: ["A"], produces: ["B"]),
            manifest("a.v1", needs: ["C"], produces: ["A"]),
            manifest("c.v1", needs: ["B", "X"], produces: ["C"]),
        ]
        let expected = PluginOrderingError.cycle(["b.v1", "a.v1", "c.v1", "b.v1"])
        #expect(throws: expected) { try PluginOrdering.order(manifests) }
        #expect(expected.description == "plugins b.v1 → a.v1 → c.v1 → b.v1 form a cycle "
            + "(each needs what the next produces); remove one of those needs")
    }

    @Test func aTwoPluginCycleReadsAsTheBriefSaysIt() {
        let manifests = [
            manifest("a.v1", needs: ["B"], produces: ["A"]),
            manifest("b.v1", needs: ["A"], produces: ["B"]),
        ]
        #expect(throws: PluginOrderingError.cycle(["a.v1", "b.v1", "a.v1"])) { try PluginOrdering.order(manifests) }
        #expect(PluginOrderingError.cycle(["a.v1", "b.v1", "a.v1"]).description.hasPrefix(
            "plugins a.v1 → b.v1 → a.v1 form a cycle"))
    }

    @Test func duplicateIDsAreAnError() {
        let manifests = [manifest("people.v1"), manifest("people.v1")]
        #expect(throws: PluginOrderingError.duplicateID("people.v1")) { try PluginOrdering.order(manifests) }
        #expect(PluginOrderingError.duplicateID("people.v1").description
            == "plugin id people.v1 is registered twice; give one of them a new id or disable it in docgraph.yaml")
    }

    @Test func pipelineProvidedKindsNeedNoProducer() throws {
        let manifests = [manifest("x.v1", needs: PluginManifest.pipelineProvided, produces: ["X"])]
        #expect(try orderedIDs(manifests) == ["x.v1"])
    }
}
