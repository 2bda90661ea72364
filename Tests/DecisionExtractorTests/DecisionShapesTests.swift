import AuthorExtractor
import DecisionExtractor
import DocGraphKit
import DocGraphTestSupport
import Testing

@Suite struct DecisionShapesTests {
    /// One decision found: its text, reference, who made it and what it concerns, by name.
    struct Found: Equatable {
        var text: String
        var reference: String?
        var made: [String]
        var concerns: [String]
    }

    func decisions(
        _ body: String, people: [String] = [], organisations: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) -> [Found] {
        let text = "Jane Rowe\nPolice and Crime Commissioner for Northshire\n\n" + body
        var fixture = AnnotationFixtures(DocumentFixtures.document(text, date: PartialDate(iso: "2018-05")))
        fixture.addEverywhere("Person", people)
        fixture.addEverywhere("Organisation", organisations)
        if let author = try? AuthorExtractor().extract(from: fixture.document, annotations: fixture.annotations, context: coreContext) {
            fixture.merge(author)
        }
        let output = ExtractorConformance.check(
            DecisionExtractor(), on: fixture.document, annotations: fixture.annotations, context: coreContext,
            sourceLocation: sourceLocation) ?? Annotations()
        var all = fixture.annotations
        all.merge(output)
        let name = { (id: String) in all.mention(withID: id).map { $0.properties["name"]?.stringValue ?? $0.text } ?? id }
        return output.mentions(labeled: GraphVocabulary.decision).map { decision in
            Found(
                text: decision.properties["text"]?.stringValue ?? "", reference: decision.properties["reference"]?.stringValue,
                made: output.facts.filter { $0.type == GraphVocabulary.made && $0.to == decision.id }.map { name($0.from) },
                concerns: output.facts.filter { $0.type == GraphVocabulary.concerns && $0.from == decision.id }.map { name($0.to) })
        }
    }

    @Test func numberedRecordsUnderAnIntroduction() {
        let found = decisions(
            "I have made the following decisions since the last meeting:\n\nDN-2018-004 – Budget for 2018-19\n"
                + "DN-2018-005 - Estates strategy\n\nOther news follows.")
        #expect(found.map(\.reference) == ["DN-2018-004", "DN-2018-005"])
        #expect(found.map(\.text) == ["DN-2018-004 – Budget for 2018-19", "DN-2018-005 - Estates strategy"])
        #expect(found.map(\.made) == [["Jane Rowe"], ["Jane Rowe"]])
    }

    @Test func aCodeWithoutAnIntroductionIsNoRecord() {
        #expect(decisions("Call us on ABC12345 - the line is open.").isEmpty)
    }

    @Test func anAwardConcernsWhoReceivesIt() {
        let found = decisions("Two contracts have been awarded to the charity Safe Haven.", organisations: ["Safe Haven"])
        #expect(found == [Found(
            text: "Two contracts have been awarded to the charity Safe Haven.", made: ["Jane Rowe"], concerns: ["Safe Haven"])])
    }

    @Test func theAgentAfterByMadeIt() {
        let found = decisions(
            "The budget was agreed by the Police and Crime Panel on 3 February.", organisations: ["Police and Crime Panel"])
        #expect(found.map(\.made) == [["Police and Crime Panel"]])
    }

    @Test func anAppointmentConcernsThePersonAppointed() {
        let found = decisions("I am pleased to say that Sam Lee has been appointed as Head of Finance.", people: ["Sam Lee"])
        #expect(found.map(\.made) == [["Jane Rowe"]])
        #expect(found.map(\.concerns) == [["Sam Lee"]])
    }

    @Test func theAuthorChosenByABodyIsWhatItConcerns() {
        let found = decisions(
            "I have been chosen to chair the working group of the Northshire Forum.", organisations: ["Northshire Forum"])
        #expect(found.map(\.made) == [["Northshire Forum"]])
        #expect(found.map(\.concerns) == [["Jane Rowe"]])
    }

    @Test func aConclusionOfTheAuthor() {
        let found = decisions("After listening to partners, I have concluded that the current arrangements should continue.")
        #expect(found.map(\.made) == [["Jane Rowe"]])
    }

    @Test func approvalBackingAndFundingGiven() {
        let found = decisions(
            "The Home Office has given its approval for the new station. Ken Ito has now given his backing to the survey. "
                + "I have provided funding for a new youth project.",
            people: ["Ken Ito"], organisations: ["Home Office"])
        #expect(found.map(\.made) == [["Home Office"], ["Ken Ito"], ["Jane Rowe"]])
    }

    @Test func aBodyWithANewChair() {
        let found = decisions(
            "The Panel now has a new chair, Councillor Ann Vale, and a new vice-chair.", people: ["Ann Vale"],
            organisations: ["Panel"])
        #expect(found.map(\.made) == [["Panel"]])
        #expect(found.map(\.concerns) == [["Ann Vale"]])
    }

    @Test func aHeadingItsStoryAndTheDecisionToAreOneDecision() {
        let found = decisions(
            "Safe Haven awarded contract\nThe contract has been awarded to the charity Safe Haven after a review. "
                + "The decision to award the contract to one supplier helps victims.",
            organisations: ["Safe Haven"])
        #expect(found.map(\.text) == ["The contract has been awarded to the charity Safe Haven after a review."])
    }

    @Test(arguments: [
        "The protocol will need to be discussed and agreed by each board.",
        "There will be a full consultation before any decisions are taken.",
        "Most of us take smartphones for granted.",
        "The vast majority of incidents are resolved without force.",
        "If the board agreed, we would start in June.",
        "The appointments will be for two years.",
    ])
    func futureHypotheticalAndGenericWordsAreNoDecision(text: String) {
        #expect(decisions(text, organisations: ["board"]).isEmpty)
    }
}
