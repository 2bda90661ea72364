import DocGraphKit
import DocGraphTestSupport
import OrganisationExtractor
import PeopleExtractor
import Testing

/// Without the core rule pack's word lists the extractors still run, find less, and say why.
@Suite struct WordListWarningTests {
    @Test func peopleSayWhichListsAreMissing() throws {
        let document = DocumentFixtures.document("Chief Constable Jane Hollis met Ruth Okafor.")
        let output = try #require(ExtractorConformance.check(PeopleExtractor(), on: document))
        #expect(output.warnings == [
            "people.v1: the word lists titles, role-words, organisation-words are not loaded (they come with the core rule pack); people are found without their titles and roles",
        ])
        #expect(output.mentions.map(\.text) == ["Jane Hollis", "Ruth Okafor"])
    }

    @Test func organisationsSayWhichListsAreMissing() throws {
        let document = DocumentFixtures.document("A report by the Federation of Village Shops (FVS) is out; the charity Brightwell agreed.")
        let output = try #require(ExtractorConformance.check(OrganisationExtractor(), on: document))
        #expect(output.warnings == [
            "organisations.v1: the word lists organisation-words, role-words are not loaded (they come with the core rule pack); few organisations are found",
        ])
        #expect(output.mentions.map(\.text) == ["Brightwell"])
    }

    @Test func theMissingDictionaryIsNamedWithTheWayToInstallIt() {
        #expect(EnglishWords.missingNotice == """
            docgraph: no English word list at /usr/share/dict/british-english; names are found less well \
            (install it with: apt-get install wbritish)

            """)
        #expect(EnglishWords(entries: []).isEmpty)
    }
}
