@testable import DocGraphKit
import Testing

@Suite struct PhraseLexiconTests {
    let lexicon = PhraseLexicon(text: "Chief Constable\tpolice\nRt. Hon.\n# a comment\ncounty council\tcouncil\nconseil général\n")

    @Test func phrasesAreFoundWhateverTheirCaseSpacingAndFullStops() {
        for phrase in ["chief constable", "Chief Constable", "CHIEF CONSTABLE", " chief  constable ", "chief\tconstable",
                       "chief. constable."] {
            #expect(lexicon.value(of: phrase) == "police", "\(phrase)")
        }
        #expect(lexicon.contains("rt hon"))
        #expect(lexicon.contains("Rt. Hon."))
        #expect(lexicon.contains("Conseil Général"))
        #expect(lexicon.value(of: "county council") == "council")
        #expect(!lexicon.contains("chief"))
        #expect(!lexicon.contains(""))
        #expect(!lexicon.contains("# a comment"))
    }

    @Test func aPhraseInKeyFormIsItsOwnKey() {
        for phrase in ["chief constable", "Chief Constable", " chief constable", "chief constable ", "chief  constable",
                       "rt. hon", "conseil général", "a\tb", "", " ", "x"] {
            #expect(PhraseLexicon.key(of: phrase) == PhraseLexicon.words(of: phrase).joined(separator: " "), "\(phrase)")
        }
    }
}
