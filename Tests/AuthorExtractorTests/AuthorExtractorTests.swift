import AuthorExtractor
import DocGraphKit
import DocGraphTestSupport
import Testing

@Suite struct AuthorExtractorTests {
    let extractor = AuthorExtractor()

    func author(of fixture: AnnotationFixtures) throws -> (DocumentAuthor, Annotations) {
        let output = try #require(ExtractorConformance.check(extractor, on: fixture.document, annotations: fixture.annotations, context: coreContext))
        var merged = fixture.annotations
        merged.merge(output)
        return (try #require(DocumentAuthor(annotations: merged)), output)
    }

    @Test func signatureBelowALetterNamesTheAuthorWithoutHonorifics() throws {
        let text = "This week I visited the new station.\n\nJane Rowe TD\nNorthshire Police and Crime Commissioner\nNews"
        let (author, output) = try author(of: AnnotationFixtures(DocumentFixtures.document(text)))
        #expect(author.name == "Jane Rowe")
        #expect(author.role == "Northshire Police and Crime Commissioner")
        #expect(author.office == nil)
        let person = try #require(output.mentions.first { $0.id == author.person })
        #expect(person.label == "Person")
        #expect(person.text == "Jane Rowe")
        #expect(person.properties["titles"] == .list(["TD"]))
    }

    @Test func headingOverSeveralLinesWithEmphasisMarks() throws {
        let text = "\n\nSam Okafor\n**Police, Fire and Crime\nCommissioner**\nfor Eastshire\n\nItem 3\n\nReport to the Panel"
        let (author, _) = try author(of: AnnotationFixtures(DocumentFixtures.document(text)))
        #expect(author.name == "Sam Okafor")
        #expect(author.role == "Police, Fire and Crime Commissioner for Eastshire")
    }

    @Test func reusesThePeopleExtractorsMentionOfTheName() throws {
        var fixture = AnnotationFixtures(DocumentFixtures.document("Thanks.\nAlex de Souza\nMayor of Rivertown\n"))
        let added = fixture.add("Person", "Alex de Souza")
        let id = try #require(added)
        let (author, output) = try author(of: fixture)
        #expect(author.person == id)
        #expect(output.mentions.map(\.label) == ["AUTHOR"])
    }

    @Test(arguments: ["Office of the Police and Crime Commissioner", "OPCC", "Northshire OPCC"])
    func findsTheOfficeByItsLongFormOrInitials(office: String) throws {
        let text = "News from the \(office) website.\nJane Rowe\nNorthshire Police and Crime Commissioner\n"
        var fixture = AnnotationFixtures(DocumentFixtures.document(text))
        let added = fixture.add("Organisation", office)
        let id = try #require(added)
        let (author, _) = try author(of: fixture)
        #expect(author.office == id)
        #expect(author.collective == id)
    }

    @Test func anOrganisationThatIsNotTheOfficeIsNotTaken() throws {
        var fixture = AnnotationFixtures(DocumentFixtures.document("The Police and Crime Panel met.\nJane Rowe\nPolice and Crime Commissioner\n"))
        fixture.add("Organisation", "Police and Crime Panel")
        let (author, _) = try author(of: fixture)
        #expect(author.office == nil)
        #expect(author.collective == author.person)
    }

    @Test(arguments: [
        "Picture roundup\nPolice and Crime Commissioner Jane Rowe visited the station.",
        "Jane Rowe met the team at the station today.\nPolice and Crime Commissioner",
        "Emergency Services Collaboration\nThe commissioner spoke at length about the many ways services work together in the region.",
        "Jane Rowe\n\nPolice and Crime Commissioner",
    ])
    func proseIsNotASignature(text: String) throws {
        let fixture = AnnotationFixtures(DocumentFixtures.document(text))
        let output = try #require(ExtractorConformance.check(extractor, on: fixture.document, annotations: fixture.annotations, context: coreContext))
        #expect(output.mentions.isEmpty)
    }
}
