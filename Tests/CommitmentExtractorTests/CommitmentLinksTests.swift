import CommitmentExtractor
import DocGraphKit
import DocGraphTestSupport
import Testing

/// Who made a commitment, what it concerns and the plan it belongs to.
@Suite struct CommitmentLinksTests {
    static let letter = """
        Monthly update
        I will continue to hold the Chief Constable to account under my Police and Crime Plan, working with Northshire County Council.
        My office will continue to work with the Office of the Police and Crime Commissioner's partners in the coming weeks.

        Jane Example OBE
        Northshire Police and Crime Commissioner
        """

    func organisation(_ name: String, in text: String, id: String) throws -> Mention {
        let range = try #require(DocumentFixtures.range(of: name, in: text))
        return Mention(id: id, label: "Organisation", range: range, text: name, properties: ["name": .string(name)], extractor: "orgs")
    }

    func facts(_ type: String, in output: Annotations) -> [Fact] {
        output.facts.filter { $0.type == type }
    }

    func author(of text: String, mentions: [Mention] = []) throws -> DocumentAuthor {
        let document = DocumentFixtures.document(text, date: PartialDate(iso: "2017-03"))
        return try #require(DocumentAuthor(annotations: try Extraction.input(document, mentions: mentions)))
    }

    @Test func theAuthorMadeWhatTheySayTheyWillDo() throws {
        let output = try Extraction.run(Self.letter)
        let commitments = output.mentions(labeled: "Commitment")
        #expect(commitments.count == 2)
        let made = facts("MADE", in: output)
        #expect(made.map(\.to) == commitments.map(\.id))
        #expect(made.first?.from == (try author(of: Self.letter)).person)
    }

    @Test func theAuthorsOfficeMadeWhatMyOfficeWillDo() throws {
        let office = try organisation("Office of the Police and Crime Commissioner", in: Self.letter, id: "orgs#2")
        let output = try Extraction.run(Self.letter, mentions: [office])
        let author = try author(of: Self.letter, mentions: [office])
        #expect(author.office == "orgs#2")
        #expect(facts("MADE", in: output).map(\.from) == [author.person, "orgs#2"])
    }

    @Test func withoutAnAuthorNobodyMadeIt() throws {
        let output = try Extraction.run("I will continue to hold the Chief Constable to account.")
        #expect(output.mentions(labeled: "Commitment").count == 1)
        #expect(facts("MADE", in: output).isEmpty)
    }

    @Test func itBelongsToThePlanItNames() throws {
        let output = try Extraction.run(Self.letter)
        let plan = try #require(output.mentions(labeled: "Plan").first)
        #expect(plan.text == "Police and Crime Plan")
        #expect(plan.properties["name"] == "Police and Crime Plan")
        #expect(facts("PART_OF", in: output).map(\.to) == [plan.id])
        #expect(try Extraction.run("I will deliver the plan we agreed.").mentions(labeled: "Plan").isEmpty)
    }

    @Test func itConcernsTheEntitiesNamedBesideIt() throws {
        let council = try organisation("Northshire County Council", in: Self.letter, id: "orgs#1")
        let output = try Extraction.run(Self.letter, mentions: [council])
        #expect(facts("CONCERNS", in: output).map(\.to) == ["orgs#1"])
    }

    @Test func theOutputKeepsThePluginContract() throws {
        let council = try organisation("Northshire County Council", in: Self.letter, id: "orgs#1")
        let document = DocumentFixtures.document(Self.letter, date: PartialDate(iso: "2017-03"))
        let output = ExtractorConformance.check(
            CommitmentExtractor(), on: document, annotations: try Extraction.input(document, mentions: [council]),
            context: ExtractionContext(wordLists: Extraction.coreLists))
        #expect(output?.mentions.map(\.label) == ["Commitment", "Plan", "Commitment"])
    }

    @Test func aRulePackCanReplaceAList() throws {
        let found = try Extraction.run(
            "I endeavour to answer every letter. We are looking to appoint a Chair.",
            wordLists: ["pledge-phrases:use=intention": ["endeavour to"]])
        #expect(found.mentions(labeled: "Commitment").map(\.text) == ["I endeavour to answer every letter"])
    }

    @Test func withoutTheCorePackTheExtractorSaysWhatIsMissing() {
        let document = DocumentFixtures.document("I will do it.")
        #expect(throws: WordListError(
            path: "pledge-phrases:use=intention",
            reason: "no rule pack or shipped lexicon provides it; load the core rule pack")) {
            try CommitmentExtractor().extract(from: document, annotations: Annotations(), context: ExtractionContext())
        }
    }
}
