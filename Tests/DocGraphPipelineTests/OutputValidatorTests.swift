import DocGraphKit
import DocGraphPipeline
import Testing

@Suite struct OutputValidatorTests {
    private let document = Document(id: "d", name: "d.txt", source: "/d.txt", format: "text", text: "Cllr Ann Lee met the Board.")
    private let validator = OutputValidator(manifest: PluginManifest(
        id: "people.v1", name: "People", summary: "", kind: .extractor, produces: ["Person", "MET"]))

    private func mention(_ id: String, _ label: String = "Person", _ start: Int = 5, _ end: Int = 12) -> Mention {
        Mention(id: id, label: label, range: TextRange(start: start, end: end), text: "", extractor: "people.v1")
    }

    @Test func goodOutputPassesUnchanged() {
        let output = Annotations(
            mentions: [mention("p#1")],
            facts: [Fact(type: "MET", from: "p#1", to: "o#1", evidence: TextRange(start: 0, end: 27), extractor: "people.v1")],
            warnings: ["a note"])
        let existing = Annotations(mentions: [mention("o#1", "Organisation", 21, 26)])
        #expect(validator.validate(output, for: document, existing: existing) == output)
    }

    @Test func undeclaredLabelsAreDropped() {
        let output = Annotations(mentions: [mention("p#1", "Place")])
        let result = validator.validate(output, for: document, existing: Annotations())
        #expect(result.mentions.isEmpty)
        #expect(result.warnings == [
            "plugin people.v1: mention 'p#1' (Place) has a label its manifest does not produce; dropped"])
    }

    @Test func rangesOutsideTheTextAreDropped() {
        var withBadEvidence = mention("p#2")
        withBadEvidence.evidence = TextRange(start: 0, end: 99)
        let output = Annotations(mentions: [mention("p#1", "Person", 20, 40), withBadEvidence])
        let result = validator.validate(output, for: document, existing: Annotations())
        #expect(result.mentions.isEmpty)
        #expect(result.warnings == [
            "plugin people.v1: mention 'p#1' (Person) lies at 20..<40, outside the text (27 bytes); dropped",
            "plugin people.v1: mention 'p#2' (Person) has evidence at 0..<99, outside the text (27 bytes); dropped",
        ])
    }

    @Test func duplicateMentionIDsAreDropped() {
        let output = Annotations(mentions: [mention("p#1"), mention("p#1"), mention("o#1")])
        let existing = Annotations(mentions: [mention("o#1", "Organisation", 21, 26)])
        let result = validator.validate(output, for: document, existing: existing)
        #expect(result.mentions == [mention("p#1")])
        #expect(result.warnings == [
            "plugin people.v1: mention 'p#1' (Person) reuses the id of another mention; dropped",
            "plugin people.v1: mention 'o#1' (Person) reuses the id of another mention; dropped",
        ])
    }

    @Test func factsMustBeDeclaredAndJoinExistingMentions() {
        let evidence = TextRange(start: 0, end: 27)
        let output = Annotations(
            mentions: [mention("p#1", "Place")],
            facts: [
                Fact(type: "MET", from: "p#1", to: "o#1", evidence: evidence, extractor: "people.v1"),
                Fact(type: "LIKES", from: "o#1", to: "o#1", evidence: evidence, extractor: "people.v1"),
                Fact(type: "MET", from: "o#1", to: "o#1", evidence: TextRange(start: 3, end: 30), extractor: "people.v1"),
            ])
        let existing = Annotations(mentions: [mention("o#1", "Organisation", 21, 26)])
        let result = validator.validate(output, for: document, existing: existing)
        #expect(result.facts.isEmpty)
        #expect(result.warnings == [
            "plugin people.v1: mention 'p#1' (Place) has a label its manifest does not produce; dropped",
            "plugin people.v1: fact MET from 'p#1' to 'o#1' refers to mention 'p#1', which does not exist; dropped",
            "plugin people.v1: fact LIKES from 'o#1' to 'o#1' has a type its manifest does not produce; dropped",
            "plugin people.v1: fact MET from 'o#1' to 'o#1' has evidence at 3..<30, outside the text (27 bytes); dropped",
        ])
    }

    @Test func tokensAndSentencesNeedToBeDeclared() {
        let output = Annotations(sentences: [Sentence(range: TextRange(start: 0, end: 27))])
        let result = validator.validate(output, for: document, existing: Annotations())
        #expect(result.sentences.isEmpty)
        #expect(result.warnings == ["plugin people.v1: returned sentences, which its manifest does not produce; dropped"])
    }
}
