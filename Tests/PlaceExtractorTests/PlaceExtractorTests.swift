import DocGraphKit
import DocGraphTestSupport
import Foundation
import PlaceExtractor
import Testing

/// Small texts written for the tests; the places are made up.
@Suite struct PlaceExtractorTests {
    let extractor = PlaceExtractor()

    func places(_ text: String, taken: [Mention] = []) throws -> [String] {
        let document = DocumentFixtures.document(text)
        let output = try #require(ExtractorConformance.check(extractor, on: document, annotations: Annotations(mentions: taken)))
        return output.mentions.compactMap { $0.properties["name"]?.stringValue }
    }

    @Test func aNameAfterAtOrInIsAPlace() throws {
        #expect(try places("The event at Brindle Cross was held in Ashby Magna.") == ["Brindle Cross", "Ashby Magna"])
    }

    @Test func buildingsAndSitesAreNamedByTheirLastWord() throws {
        let found = try places("Work began on Oakley House and the Kenby Town Hall.")
        #expect(found == ["Oakley House", "Kenby Town Hall"])
    }

    @Test func monthsDaysAndOrdinaryWordsAreNoPlaces() throws {
        #expect(try places("In March we met in Pictures and in May, at Christmas.").isEmpty)
    }

    @Test func aDiaryEntryEndsWithItsPlace() throws {
        #expect(try places("March 6: Visit to the community hub, Ashby Magna\n8 March: Speaking at the AGM, Kenby")
            == ["Ashby Magna", "Kenby"])
    }

    @Test func placesJoinedByAndAreTwo() throws {
        let found = try places("After the attacks in London and Manchester, and in Kenby I met residents.")
        #expect(found == ["London", "Manchester", "Kenby"])
    }

    @Test func wordsOfPeopleAndBodiesAreNoPlaces() throws {
        let text = "I met staff at Northshire Police in Kenby."
        let body = Mention(id: "o#1", label: GraphVocabulary.organisation, range: try #require(DocumentFixtures.range(of: "Northshire Police", in: text)),
                           text: "Northshire Police", extractor: "organisations.v1")
        #expect(try places(text, taken: [body]) == ["Kenby"])
    }

    @Test func theSeedsPassTheConformanceCheck() throws {
        for url in try SharedPaths.seedFiles() {
            let document = DocumentFixtures.document(try String(contentsOf: url, encoding: .utf8), name: url.lastPathComponent)
            ExtractorConformance.check(extractor, on: document)
        }
    }
}
