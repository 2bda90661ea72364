import BuiltinRulePacks
import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct CoreRulePackTests {
    private func run(_ text: String) throws -> Annotations {
        let pack = try RulePack.load(from: BuiltinRulePacks.core)
        let document = DocumentFixtures.document(text)
        return try RulePackExtractor(pack: pack).extract(
            from: document, annotations: Annotations(tokens: Tokenizer().tokens(in: text)), context: ExtractionContext())
    }

    @Test func theCorePackLoads() throws {
        let pack = try RulePack.load(from: BuiltinRulePacks.core)
        #expect(pack.manifest.id == "core.v1")
        #expect(pack.manifest.origin == "rule-pack")
        #expect(pack.lexicons.map(\.name) == [
            "titles", "organisation-words", "role-words", "pledge-phrases", "delivery-phrases", "meeting-words",
            "meeting-cues", "decision-words",
        ])
    }

    @Test func itFindsEachKindOfWordInAnInventedText() throws {
        let text = "Cllr Ann Vale MBE, Chair of the Riverside Youth Council, pledged to hold a summit. "
            + "The Board agreed and the plan was finalised by the Chief Constable."
        let found = try run(text).mentions.map { "\($0.label):\($0.text)" }
        #expect(found == [
            "TITLE:Cllr", "TITLE:MBE", "ROLE_WORD:Chair", "ORG_WORD:Council", "PLEDGE_PHRASE:pledged",
            "MEETING_WORD:summit", "ORG_WORD:Board", "DECISION_WORD:agreed", "DELIVERY_PHRASE:finalised",
            "TITLE:Chief Constable",
        ])
    }

    @Test func propertiesTellKindsAndRelations() throws {
        let mentions = try run("The Constabulary decided against it at the conference.").mentions
        #expect(mentions.map { "\($0.label):\($0.text)" } == [
            "ORG_WORD:Constabulary", "DECISION_WORD:decided", "DELIVERY_PHRASE:decided against", "MEETING_WORD:conference",
        ])
        #expect(mentions.map(\.properties) == [["kind": "police"], [:], ["relation": "dropped"], ["kind": "conference"]])
    }

    @Test func appointedIsBothADeliveryAndADecision() throws {
        let found = try run("A new director was appointed.").mentions.map { "\($0.label):\($0.text)" }
        #expect(found == ["ROLE_WORD:director", "DELIVERY_PHRASE:appointed", "DECISION_WORD:appointed"])
    }

    @Test func theWordListsHoldTheLexicons() throws {
        var lists = WordLists()
        try RulePack.load(from: BuiltinRulePacks.core).addWordLists(to: &lists)
        #expect(lists.contains("Councillor", in: "titles"))
        #expect(lists.contains("PCSO", in: "titles:kind=police"))
        #expect(lists.contains("Trust", in: "organisation-words"))
        #expect(lists.contains("Foundation", in: "organisation-words:kind=charity"))
        #expect(lists.contains("will continue to", in: "pledge-phrases"))
    }

    @Test func itConformsOnTheSeedsAndFindsEveryLabelThere() throws {
        let extractor = RulePackExtractor(pack: try RulePack.load(from: BuiltinRulePacks.core))
        var labels: Set<String> = []
        for url in try SharedPaths.seedFiles() {
            let document = DocumentFixtures.document(try String(contentsOf: url, encoding: .utf8), name: url.lastPathComponent)
            let result = ExtractorConformance.check(extractor, on: document, annotations: TextAnalyzer().analyze(document))
            labels.formUnion(try #require(result).mentions.map(\.label))
        }
        #expect(labels == Set(extractor.manifest.produces))
    }
}
