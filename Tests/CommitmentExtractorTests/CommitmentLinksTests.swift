import CommitmentExtractor
import DocGraphKit
import DocGraphTestSupport
import Testing

/// Who made a commitment, what it concerns and the plan it belongs to.
@Suite struct CommitmentLinksTests {
    static let letter = """
        Monthly update
        I will continue to hold the Chief Constable to account under my Police and Crime Plan, working with Northshire County Council.

        Jane Example OBE
        Northshire Police and Crime Commissioner
        """

    func organisation(_ name: String, in text: String, id: String = "orgs#1") throws -> Mention {
        let range = try #require(DocumentFixtures.range(of: name, in: text))
        return Mention(id: id, label: "Organisation", range: range, text: name, properties: ["name": .string(name)], extractor: "orgs")
    }

    func fact(_ type: String, in output: Annotations) -> Fact? {
        output.facts.first { $0.type == type }
    }

    @Test func theAuthorMadeIt() throws {
        let output = try Extraction.run(Self.letter)
        let author = try #require(output.mentions(labeled: "Person").first)
        #expect(author.text == "Jane Example")
        #expect(author.properties["name"] == "Jane Example")
        #expect(author.properties["titles"] == ["Police and Crime Commissioner"])
        let commitment = try #require(output.mentions(labeled: "Commitment").first)
        let made = try #require(fact("MADE", in: output))
        #expect(made.from == author.id)
        #expect(made.to == commitment.id)
    }

    @Test func anAuthorMentionAlreadyMadeIsReused() throws {
        let range = try #require(DocumentFixtures.range(of: "Jane Example OBE", in: Self.letter))
        let person = Mention(id: "people#7", label: "Person", range: range, text: "Jane Example OBE",
                             properties: ["name": "Jane Example"], extractor: "people")
        let output = try Extraction.run(Self.letter, mentions: [person])
        #expect(output.mentions(labeled: "Person").isEmpty)
        #expect(fact("MADE", in: output)?.from == "people#7")
    }

    @Test func withoutAnAuthorNobodyMadeIt() throws {
        let output = try Extraction.run("I will continue to hold the Chief Constable to account.")
        #expect(output.mentions(labeled: "Commitment").count == 1)
        #expect(fact("MADE", in: output) == nil)
    }

    @Test func itBelongsToThePlanItNames() throws {
        let output = try Extraction.run(Self.letter)
        let plan = try #require(output.mentions(labeled: "Plan").first)
        #expect(plan.text == "Police and Crime Plan")
        #expect(plan.properties["name"] == "Police and Crime Plan")
        let partOf = try #require(fact("PART_OF", in: output))
        #expect(partOf.to == plan.id)
        #expect(try Extraction.run("I will deliver the plan we agreed.").mentions(labeled: "Plan").isEmpty)
    }

    @Test func itConcernsTheEntitiesNamedBesideIt() throws {
        let council = try organisation("Northshire County Council", in: Self.letter)
        let output = try Extraction.run(Self.letter, mentions: [council])
        let concerns = output.facts.filter { $0.type == "CONCERNS" }
        #expect(concerns.map(\.to) == ["orgs#1"])
    }

    @Test func theOutputKeepsThePluginContract() throws {
        let council = try organisation("Northshire County Council", in: Self.letter)
        let document = DocumentFixtures.document(Self.letter, date: PartialDate(iso: "2017-03"))
        let annotations = Analysis.annotations(of: document, mentions: [council])
        let output = ExtractorConformance.check(CommitmentExtractor(), on: document, annotations: annotations)
        #expect(output?.mentions.count == 3)
    }

    @Test func aRulePackCanReplaceAList() throws {
        var lists = WordLists()
        lists.add(["endeavour to"], to: "commitment-intentions")
        let found = try Extraction.run("I endeavour to answer every letter. We are looking to appoint a Chair.", wordLists: lists)
        #expect(found.mentions(labeled: "Commitment").map(\.text) == ["I endeavour to answer every letter"])
    }
}
