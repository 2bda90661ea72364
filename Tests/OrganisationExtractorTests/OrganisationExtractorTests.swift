import DocGraphKit
import DocGraphTestSupport
import Foundation
import OrganisationExtractor
import Testing

/// Small texts written for the tests; the bodies are made up.
@Suite struct OrganisationExtractorTests {
    let extractor = OrganisationExtractor()

    /// The mentions of a text as (text, name, kind).
    func organisations(_ text: String) throws -> [(text: String, name: String, kind: String)] {
        let document = DocumentFixtures.document(text)
        let output = try #require(ExtractorConformance.check(extractor, on: document, context: CoreWordLists.context))
        return output.mentions.map {
            ($0.text, $0.properties["name"]?.stringValue ?? "", $0.properties["kind"]?.stringValue ?? "")
        }
    }

    func names(_ text: String) throws -> [String] {
        try organisations(text).map(\.name)
    }

    @Test func namesEndingInAnOrganisationWordWithTheirKind() throws {
        let found = try organisations("Officers from Northshire Police met Eastfold County Council and the Brackley Wildlife Foundation.")
        #expect(found.map(\.name) == ["Northshire Police", "Eastfold County Council", "Brackley Wildlife Foundation"])
        #expect(found.map(\.kind) == ["police force", "council", "charity"])
    }

    @Test func ofNamesKeepTheirComplement() throws {
        #expect(try names("She wrote to the Association of Rural Parish Clerks last week.") == ["Association of Rural Parish Clerks"])
        #expect(try names("The Office of the Police and Crime Commissioner replied.") == ["Office of the Police and Crime Commissioner"])
    }

    @Test func aGroupOfAnotherBodyIsTwoBodies() throws {
        #expect(try names("I chair the Rural Safety Working Group of the Association of Parish Councils.")
            == ["Rural Safety Working Group", "Association of Parish Councils"])
    }

    @Test func aBodysNameEndsBeforeItsEvent() throws {
        #expect(try names("Presented at the Northshire & Eastvale Association of Parish Councils Annual Briefing event")
            == ["Northshire & Eastvale Association of Parish Councils"])
    }

    @Test func twoBodiesJoinedByAndAreTwo() throws {
        #expect(try names("Northshire Police and Southvale Police signed the agreement.") == ["Northshire Police", "Southvale Police"])
        #expect(try names("The Northshire Fire and Rescue Service attended.") == ["Northshire Fire and Rescue Service"])
    }

    @Test func rolesPlansAndBuildingsAreNotBodies() throws {
        #expect(try names("The Police and Crime Commissioner published the Police and Crime Plan.").isEmpty)
        #expect(try names("She works at Oakford Police Station near the Market Square.").isEmpty)
    }

    @Test func aPlaceAloneIsNotABody() throws {
        #expect(try names("We met residents in Nuneaton and at Little Brinton.").isEmpty)
    }

    @Test func anAcronymDefinedInBracketsIsAnAliasAndResolvesLater() throws {
        let document = DocumentFixtures.document(
            "A report by the Federation of Village Shops (FVS) is out. Later, FVS found more.")
        let output = try #require(ExtractorConformance.check(extractor, on: document, context: CoreWordLists.context))
        #expect(output.mentions.map(\.text) == ["Federation of Village Shops", "FVS", "FVS"])
        #expect(Set(output.mentions.compactMap(\.key)) == ["Federation of Village Shops"])
        #expect(output.mentions.first?.properties["aliases"] == ["FVS"])
    }

    @Test func anAcronymMatchingTheInitialsOfANamedBodyIsThatBody() throws {
        let document = DocumentFixtures.document(
            "Her Majesty's Inspectorate of Probation reported today.\nHMIP said the service was good.")
        let output = try #require(ExtractorConformance.check(extractor, on: document, context: CoreWordLists.context))
        #expect(output.mentions.map(\.text) == ["Her Majesty's Inspectorate of Probation", "HMIP"])
        #expect(output.mentions.last?.properties["name"] == "Her Majesty's Inspectorate of Probation")
    }

    @Test func anAcronymDefinedForSomethingElseIsNoBody() throws {
        #expect(try names("The Joint Offender Review Arrangements (JORA) were strengthened; JORA works.").isEmpty)
    }

    @Test func appositionNamesTheBodyAndItsKind() throws {
        let found = try organisations("The contract was awarded to the charity Brightwell for three years.")
        #expect(found.map(\.name) == ["Brightwell"])
        #expect(found.map(\.kind) == ["charity"])
    }

    @Test func aBodyHoldingAnEventIsNamedBeforeIt() throws {
        #expect(try names("8 March: Speaking at Northshire Unison AGM, Kenby") == ["Northshire Unison"])
    }

    @Test func aLoneUnknownNameAfterAMeetingPhraseIsABody() throws {
        #expect(try names("July 11: Meeting with Safewatchers") == ["Safewatchers"])
        #expect(try names("The service is currently run by Halvergate.") == ["Halvergate"])
        #expect(try names("13 March: Visit to Bedworth").isEmpty)
    }

    @Test func aBareReferenceTakesTheBodyNamedBefore() throws {
        let document = DocumentFixtures.document(
            "The Police and Crime Panel met in June. The Panel's membership has changed.")
        let output = try #require(ExtractorConformance.check(extractor, on: document, context: CoreWordLists.context))
        #expect(output.mentions.map(\.text) == ["Police and Crime Panel", "Panel"])
        #expect(Set(output.mentions.compactMap(\.key)) == ["Police and Crime Panel"])
    }

    @Test func aShorterSpellingJoinsTheFullName() throws {
        let document = DocumentFixtures.document(
            "Joint Audit Committee members wanted\nWe seek members of the Joint Independent Audit Committee.")
        let output = try #require(ExtractorConformance.check(extractor, on: document, context: CoreWordLists.context))
        #expect(Set(output.mentions.compactMap(\.key)) == ["Joint Independent Audit Committee"])
    }

    @Test func aSpellingWithAnotherPlaceIsAnotherBody() throws {
        let keys = Set(try organisations(
            "The Office of the Police and Crime Commissioner and the Office of the West Vale Police and Crime Commissioner met."
        ).map(\.name))
        #expect(keys == ["Office of the Police and Crime Commissioner", "Office of the West Vale Police and Crime Commissioner"])
    }

    @Test func capitalsThatAreRanksCountriesOrWordsAreNoBodies() throws {
        #expect(try names("PCSOs and the MP met in the UK to discuss CCTV and the PEEL report.").isEmpty)
    }

    @Test func aCamelCaseBrandIsACompany() throws {
        let found = try organisations("The Co Founder of BrightMark spoke.")
        #expect(found.map(\.name) == ["BrightMark"])
        #expect(found.map(\.kind) == ["company"])
    }

    @Test func aCharityNamedWithItsCountry() throws {
        #expect(try names("We raised £300 for Harrow's UK.") == ["Harrow's UK"])
    }

    @Test func worksWithoutAnEnglishWordList() throws {
        let bare = OrganisationExtractor(dictionary: EnglishWords(entries: []))
        let document = DocumentFixtures.document("Officers from Northshire Police met the Brackley Wildlife Trust.")
        let output = try #require(ExtractorConformance.check(bare, on: document, context: CoreWordLists.context))
        #expect(output.mentions.map(\.text) == ["Northshire Police", "Brackley Wildlife Trust"])
    }

    @Test func theSeedsPassTheConformanceCheck() throws {
        for url in try SharedPaths.seedFiles() {
            let document = DocumentFixtures.document(try String(contentsOf: url, encoding: .utf8), name: url.lastPathComponent)
            ExtractorConformance.check(extractor, on: document, context: CoreWordLists.context)
        }
    }
}
