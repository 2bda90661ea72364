import DocGraphEvaluation
import Testing

@Suite struct NameNormaliserTests {
    @Test(arguments: [
        ("Councillor John Horner", "john horner"),
        ("Cllr. John Horner", "john horner"),
        ("PCSO Sarah Fretter", "sarah fretter"),
        ("PC Jo Bloggs", "jo bloggs"),
        ("Assistant Chief Constable Amanda Blakeman", "amanda blakeman"),
        ("Chief Constable Martin Jelley QPM", "martin jelley"),
        ("Chief Superintendent Ann Example", "ann example"),
        ("Rt. Hon. Brandon Lewis MP", "brandon lewis"),
        ("Insp Lucy Sewell", "lucy sewell"),
        ("Inspector Lucy Sewell", "lucy sewell"),
        ("Sergeant Sam Other", "sam other"),
        ("Dr Jean Lapworth OBE MBE", "jean lapworth"),
        ("Miss Ann Other", "ann other"),
        ("Mrs Ann Other", "ann other"),
        ("Mr Tom Other", "tom other"),
        ("Ms Ann Other", "ann other"),
        ("Seán Ó Fearghaíl TD", "seán ó fearghaíl"),
        ("Jean-Paul O'Neill", "jean paul o neill"),
        ("Inspector", "inspector"),
        ("  ", ""),
    ])
    func normalisesPeople(name: String, expected: String) {
        #expect(NameNormaliser.people.normalise(name) == expected)
    }

    @Test(arguments: [
        ("The Warwickshire Wildlife-Trust", "warwickshire wildlife trust"),
        ("Safer Warwickshire Partnership Board", "safer warwickshire partnership board"),
        ("Friends & Neighbours Group", "friends and neighbours group"),
        ("Parkinson's UK", "parkinson s uk"),
        ("the", "the"),
    ])
    func normalisesOrganisations(name: String, expected: String) {
        #expect(NameNormaliser.organisations.normalise(name) == expected)
    }

    @Test func strictNeedsTheSameWords() {
        #expect(NameNormaliser.people.matches("Councillor John Horner", "john horner", mode: .strict))
        #expect(!NameNormaliser.people.matches("John Horner", "Horner", mode: .strict))
        #expect(!NameNormaliser.people.matches("", "", mode: .strict))
    }

    @Test func lenientTakesAContiguousRunOfWords() {
        let names = NameNormaliser.people
        #expect(names.matches("Philip Seccombe", "Seccombe", mode: .lenient))
        #expect(names.matches("Seccombe", "Philip Seccombe", mode: .lenient))
        #expect(names.matches("Mary Ann Smith", "Ann Smith", mode: .lenient))
        #expect(!names.matches("Mary Ann Smith", "Mary Smith", mode: .lenient))
        #expect(!names.matches("Philip Seccombe", "Philip Secombe", mode: .lenient))
        #expect(NameNormaliser.organisations.matches("The Police", "Warwickshire Police", mode: .lenient))
    }

    @Test func variantsMatchWhenAnyPairDoes() {
        #expect(NameNormaliser.organisations.matchesAny(
            ["Her Majesty's Inspectorate of Constabulary", "HMIC"], ["hmic"], mode: .strict))
        #expect(!NameNormaliser.organisations.matchesAny(["HMIC"], [], mode: .lenient))
    }

    @Test func halfAndAThird() {
        #expect(MatchMode.strict.isEnough(2, of: 4))
        #expect(!MatchMode.strict.isEnough(1, of: 3))
        #expect(MatchMode.lenient.isEnough(1, of: 3))
        #expect(!MatchMode.lenient.isEnough(1, of: 4))
        #expect(!MatchMode.lenient.isEnough(0, of: 0))
    }
}
