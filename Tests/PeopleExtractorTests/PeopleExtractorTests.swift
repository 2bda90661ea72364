import DocGraphKit
import DocGraphTestSupport
import Foundation
import OrganisationExtractor
import PeopleExtractor
import Testing

/// Small texts written for the tests; the people and bodies are made up.
@Suite struct PeopleExtractorTests {
    let organisations = OrganisationExtractor()
    let extractor = PeopleExtractor()

    /// Runs the organisations extractor, then the people extractor with the conformance check.
    func run(_ text: String) throws -> (people: [Mention], facts: [Fact], all: Annotations) {
        let document = DocumentFixtures.document(text)
        var annotations = try organisations.extract(from: document, annotations: Annotations(), context: CoreWordLists.context)
        let output = try #require(ExtractorConformance.check(extractor, on: document, annotations: annotations, context: CoreWordLists.context))
        annotations.merge(output)
        return (output.mentions, output.facts, annotations)
    }

    func names(_ text: String) throws -> [String] {
        try run(text).people.compactMap { $0.properties["name"]?.stringValue }
    }

    /// Each HOLDS_ROLE fact as "person -[title]-> body".
    func roles(_ text: String) throws -> [String] {
        let result = try run(text)
        return result.facts.map { fact in
            let person = result.all.mention(withID: fact.from)?.properties["name"]?.stringValue ?? "?"
            let body = result.all.mention(withID: fact.to)?.properties["name"]?.stringValue ?? "?"
            return "\(person) -[\(fact.properties["title"]?.stringValue ?? "")]-> \(body)"
        }
    }

    @Test func titlesAreKeptApartFromTheName() throws {
        let people = try run("Chief Constable Jane Hollis and Cllr Mark Denton met Rt Hon Alan Brice MP.").people
        #expect(people.map(\.text) == ["Jane Hollis", "Mark Denton", "Alan Brice"])
        #expect(people.map { $0.properties["titles"] } == [["Chief Constable"], ["Councillor"], ["Right Honourable", "MP"]])
    }

    @Test func aRankIsHeldInTheForceNamedNearby() throws {
        #expect(try roles("Northshire Police has a new plan.\nI met Chief Constable Jane Hollis last week.")
            == ["Jane Hollis -[Chief Constable]-> Northshire Police"])
    }

    @Test func anAppositionTiesTheRoleToTheBodyOrTheArea() throws {
        #expect(try roles("Ruth Okafor, Chair of Northshire Rural Watch, spoke.") == ["Ruth Okafor -[Chair]-> Northshire Rural Watch"])
        #expect(try roles("The alliance with Eastvale Police was agreed with Mark Denton, the Police and Crime Commissioner for Eastvale.")
            == ["Mark Denton -[Police and Crime Commissioner]-> Eastvale Police"])
    }

    @Test func anAppointmentTiesTheRoleToTheBodyAfterIt() throws {
        #expect(try roles("Samira Patel has been appointed as Policy Officer leading on Youth for the Office of the Police and Crime Commissioner.")
            == ["Samira Patel -[Policy Officer]-> Office of the Police and Crime Commissioner"])
    }

    @Test func aSignatureRoleQuotesItsLines() throws {
        let text = "Northshire Police made arrests.\n\nPhilip Harcourt TD\nNorthshire Police and Crime Commissioner\n\nMore news."
        let result = try run(text)
        #expect(try roles(text) == ["Philip Harcourt -[Police and Crime Commissioner]-> Northshire Police"])
        let evidence = try #require(result.facts.first?.evidence)
        #expect(Document.slice(text, evidence) == "Philip Harcourt TD\nNorthshire Police and Crime Commissioner")
    }

    @Test func aRoleBeforeACommaTakesTheBodyOfTheSentence() throws {
        let found = try roles("The Police and Crime Panel now has a new chair, Councillor Priya Shah and Vice-Chair, Councillor Tom Reed.")
        #expect(found == ["Priya Shah -[chair]-> Police and Crime Panel", "Tom Reed -[Vice-Chair]-> Police and Crime Panel"])
    }

    @Test func aCaptionListNamesEachPerson() throws {
        let text = "Pictured above at the launch are: Cllr Mark Denton; Ruth Okafor, Chair of Northshire Rural Watch; Ian Pell, "
            + "Director of BrightMark and PCSO Tom Briar."
        #expect(try names(text) == ["Mark Denton", "Ruth Okafor", "Ian Pell", "Tom Briar"])
    }

    @Test func aPossessiveIsNotPartOfTheName() throws {
        let people = try run("Ruth Okafor's team raised £200.").people
        #expect(people.map(\.text) == ["Ruth Okafor"])
    }

    @Test func aFirstNameAloneTakesTheFullNameMetBefore() throws {
        let people = try run("Graham Holt opened the event. Later Graham thanked the volunteers.").people
        #expect(people.map(\.text) == ["Graham Holt", "Graham"])
        #expect(people.map(\.key) == ["Graham Holt", "Graham Holt"])
    }

    @Test func aFirstNameAloneTakesTheNearestFullName() throws {
        let people = try run("Anna Kerr spoke. Anna Price replied. Then Anna left.").people
        #expect(people.map(\.key) == ["Anna Kerr", "Anna Price", "Anna Price"])
    }

    @Test func aSurnameSharedByTwoPeopleNamesNeither() throws {
        let people = try run("Anna Kerr and Daniel Kerr attended. Kerr said little.").people
        #expect(people.map(\.key) == ["Anna Kerr", "Daniel Kerr"])
    }

    @Test func aTitleAndASurnameTakeTheFullName() throws {
        let people = try run("Philip Harcourt opened it.\nLetter from PCC Harcourt to the Home Secretary").people
        #expect(people.map(\.key) == ["Philip Harcourt", "Philip Harcourt"])
    }

    @Test func aFirstNameAfterAFamilyWordIsAPerson() throws {
        #expect(try names("You can read dad Jeff's announcement here.") == ["Jeff"])
        #expect(try names("Jeff's announcement is here.").isEmpty)
    }

    @Test func dictionaryWordsAndThingsAreNoPeople() throws {
        #expect(try names("The Grant Scheme opens at Neville House in May. Will Power is not a person.").isEmpty)
    }

    @Test func twoOrdinaryWordsCountWithSupport() throws {
        #expect(try names("Visitors could meet Bob Church and Lucy Lambert at the show.") == ["Bob Church", "Lucy Lambert"])
    }

    @Test func namesInsideABodysNameAreSkipped() throws {
        #expect(try names("Miss Jean Hartley, settler of the Harold Hartley Charitable Trust, spoke.") == ["Jean Hartley"])
    }

    @Test func aMisspellingWithTheSameTitleIsTheSamePerson() throws {
        let people = try run("Philip Harcourt TD\nNorthshire Police and Crime Commissioner\n\nLater news.\n\nPhilip Harcort TD\nNorthshire Police and Crime Commissioner").people
        #expect(Set(people.compactMap(\.key)) == ["Philip Harcourt"])
    }

    @Test func aMisspellingWithoutSharedContextStaysApart() throws {
        let people = try run("Philip Harcourt opened it. Philip Harcort closed it.").people
        #expect(Set(people.compactMap(\.key)) == ["Philip Harcourt", "Philip Harcort"])
    }

    @Test func anAbbreviatedTitleWithAFullStop() throws {
        let people = try run("Supt. Claire Dunn spoke. Later Supt. Dunn said more.").people
        #expect(people.map(\.text) == ["Claire Dunn", "Dunn"])
        #expect(people.map(\.key) == ["Claire Dunn", "Claire Dunn"])
        #expect(people.first?.properties["titles"] == ["Superintendent"])
    }

    @Test func aSurnameWithAParticle() throws {
        #expect(try names("Councillor Bryn ap Gwilym welcomed the news.") == ["Bryn ap Gwilym"])
    }

    @Test func aNameThatOpensABodysNameIsAPlace() throws {
        #expect(try names("Success for Amber Vale: Amber Vale District Council won the bid.").isEmpty)
    }

    @Test func aPersonAfterABodyJoinedByAndIsNotPartOfIt() throws {
        #expect(try names("Dr. Emma Hart of the University of Northshire and Professor Tom Ellis spoke.") == ["Emma Hart", "Tom Ellis"])
    }

    @Test func worksWithoutAnEnglishWordList() throws {
        let bare = PeopleExtractor(dictionary: EnglishWords(entries: []))
        let document = DocumentFixtures.document("Chief Constable Jane Hollis met Ruth Okafor.")
        let output = try #require(ExtractorConformance.check(bare, on: document, context: CoreWordLists.context))
        #expect(output.mentions.map(\.text) == ["Jane Hollis", "Ruth Okafor"])
    }

    @Test func theSeedsPassTheConformanceCheck() throws {
        for url in try SharedPaths.seedFiles() {
            let document = DocumentFixtures.document(try String(contentsOf: url, encoding: .utf8), name: url.lastPathComponent)
            let annotations = try organisations.extract(from: document, annotations: Annotations(), context: CoreWordLists.context)
            ExtractorConformance.check(extractor, on: document, annotations: annotations, context: CoreWordLists.context)
        }
    }
}
