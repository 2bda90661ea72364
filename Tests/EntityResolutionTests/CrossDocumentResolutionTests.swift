import DocGraphKit
import DocGraphStore
import Testing

/// People and organisations across documents: the merges the evidence supports, and the ones
/// it does not. Every name is made up.
@Suite struct CrossDocumentResolutionTests {
    @Test func aNameWithoutItsTitleIsTheSamePerson() async throws {
        let store = try await EntityPipeline.ingest([
            "I met Chief Constable Jane Hollis of Northshire Police today.",
            "Jane Hollis spoke at the conference.",
        ])
        #expect(try EntityPipeline.names(GraphVocabulary.person, in: store) == ["Jane Hollis"])
    }

    @Test func aMisspellingIsMergedWhenTheTitleAgrees() async throws {
        let store = try await EntityPipeline.ingest([
            "Philip Harcourt TD\nNorthshire Police and Crime Commissioner\n",
            "Philip Harcort TD\nNorthshire Police and Crime Commissioner\n",
        ])
        let people = try store.nodes(labeled: GraphVocabulary.person)
        #expect(people.count == 1)
        #expect(people.first?.properties["aliases"] == ["Philip Harcort"])
    }

    @Test func misspellingsMeetWithinOneBatch() async throws {
        let signature = "TD\nNorthshire Police and Crime Commissioner\n"
        let store = try await EntityPipeline.ingestInOneBatch([
            "Philip Harcourt \(signature)", "Philip Harcort \(signature)", "Philip Harcourts \(signature)",
            "Philip Harcourt \(signature)",
        ])
        let people = try store.nodes(labeled: GraphVocabulary.person)
        #expect(people.count == 1)
        #expect(people.first?.properties["name"] == "Philip Harcourt")
        #expect(people.first?.properties["aliases"] == ["Philip Harcort", "Philip Harcourts"])
    }

    @Test func aMisspellingWithoutSharedContextStaysApart() async throws {
        let store = try await EntityPipeline.ingest([
            "Philip Harcourt opened the new library.",
            "Philip Harcort won the village show.",
        ])
        #expect(try EntityPipeline.names(GraphVocabulary.person, in: store) == ["Philip Harcort", "Philip Harcourt"])
    }

    @Test func peopleSharingASurnameOrAFirstNameStayApart() async throws {
        let store = try await EntityPipeline.ingest([
            "Anna Kerr, Chair of the Brackley Wildlife Foundation, opened the day.",
            "Daniel Kerr, Chair of the Brackley Wildlife Foundation, closed it. Anna Price thanked him.",
        ])
        #expect(try EntityPipeline.names(GraphVocabulary.person, in: store) == ["Anna Kerr", "Anna Price", "Daniel Kerr"])
    }

    @Test func anAcronymAndItsLongFormAreOneOrganisation() async throws {
        let store = try await EntityPipeline.ingest([
            "A report by the Federation of Village Shops (FVS) is out.",
            "FVS found that rural crime fell.",
        ])
        let bodies = try store.nodes(labeled: GraphVocabulary.organisation)
        #expect(bodies.count == 1)
        #expect(bodies.first?.properties["name"] == "Federation of Village Shops")
    }

    @Test func aShortNameEndingOneKnownBodyIsThatBody() async throws {
        let store = try await EntityPipeline.ingest([
            "Ruth Okafor, Chair of Northshire Rural Watch, launched the scheme.",
            "July 29: Attending the Kenby Show with Rural Watch",
        ])
        #expect(try EntityPipeline.names(GraphVocabulary.organisation, in: store) == ["Northshire Rural Watch"])
    }

    @Test func aShortNameEndingTwoKnownBodiesStaysApart() async throws {
        let store = try await EntityPipeline.ingest([
            "Northshire Rural Watch and Eastvale Rural Watch met.",
            "July 29: Attending the Kenby Show with Rural Watch",
        ])
        #expect(try EntityPipeline.names(GraphVocabulary.organisation, in: store)
            == ["Eastvale Rural Watch", "Northshire Rural Watch", "Rural Watch"])
    }

    @Test func roleFactsJoinThePersonToTheBody() async throws {
        let store = try await EntityPipeline.ingest([
            "Samira Patel has been appointed as Policy Officer for the Office of the Police and Crime Commissioner."
        ])
        let roles = try store.relationships(ofType: GraphVocabulary.holdsRole)
        #expect(roles.count == 1)
        #expect(roles.first?.properties["title"] == "Policy Officer")
        #expect(roles.first?.properties["quote"]?.stringValue?.hasPrefix("Samira Patel has been appointed") == true)
    }
}
