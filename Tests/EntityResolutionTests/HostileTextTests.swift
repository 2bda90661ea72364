import DocGraphBuiltins
import DocGraphKit
import DocGraphTestSupport
import OrganisationExtractor
import PeopleExtractor
import PlaceExtractor
import Testing

/// Texts no newsletter holds: the entity extractors never crash on them, stay deterministic
/// and keep every range inside the text on character boundaries.
@Suite struct HostileTextTests {
    static let texts = [
        "",
        "\n\n\n",
        "(((( )))) ,,,, '' ’’ -- && @@ ##",
        "ALL CAPITALS HEADLINE ABOUT THE POLICE AND CRIME COMMISSIONER (PCC) AND HMIC",
        "Mr Mr Mr Dr. Cllr PCSO Chief Constable",
        "Jane's's ’s' O'Brien-McDonald-de la Cruz ap ab van der",
        "e\u{301}mile Zoë Łukasz Ñuñez 😀 Police Trust Foundation 👮‍♀️ Council",
        "(A) (AB) (ABC) ( ABC ) (ABCD) Smith (JS) Federation of X (FX",
        String(repeating: "Council of the ", count: 300) + "Trust",
        String(repeating: "Anna Kerr and ", count: 200) + "Bob.",
        "March 6:\n: , Willoughby\n6 March: ,\nDecember 5: Visit to , ",
        "Warwickshire Police\u{0}and\u{0}Crime Commissioner\u{FEFF}Philip",
    ]

    @Test(arguments: texts) func extractorsSurvive(_ text: String) throws {
        let document = DocumentFixtures.document(text)
        let context = ExtractionContext(wordLists: try Builtins.wordLists())
        var annotations = TextAnalyzer().analyze(document)
        annotations.merge(try #require(
            ExtractorConformance.check(OrganisationExtractor(), on: document, annotations: annotations, context: context)))
        annotations.merge(try #require(
            ExtractorConformance.check(PeopleExtractor(), on: document, annotations: annotations, context: context)))
        annotations.merge(try #require(
            ExtractorConformance.check(PlaceExtractor(), on: document, annotations: annotations, context: context)))
    }
}
