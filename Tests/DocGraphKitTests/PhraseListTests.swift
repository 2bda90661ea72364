import DocGraphKit
import Testing

/// Phrase lookup, as rule-based extractors use it: the longest phrase at a place, wildcards,
/// matches without overlaps.
@Suite struct PhraseListTests {
    let list = PhraseList(["met with", "met", "give * approval", "* of the board", "chair’s report"])

    func words(_ text: String) -> [String] { PhraseList.words(of: text) }

    @Test func theLongestPhraseAtAPlaceWins() {
        #expect(list.match(at: 0, in: words("met with the panel")) == 2)
        #expect(list.match(at: 0, in: words("met the panel")) == 1)
        #expect(list.match(at: 1, in: words("we met")) == 1)
        #expect(list.match(at: 0, in: words("the panel")) == nil)
        #expect(list.match(at: 5, in: words("met")) == nil)
    }

    @Test func aStarMatchesAnyOneWord() {
        #expect(list.match(at: 0, in: words("give its approval")) == 3)
        #expect(list.match(at: 0, in: words("give approval")) == nil)
        #expect(list.match(at: 0, in: words("members of the board")) == 4)
        #expect(list.match(at: 0, in: words("met of the board")) == 4)
    }

    @Test func matchesRunLeftToRightWithoutOverlaps() {
        let found = list.matches(in: words("they met with us and met again to give final approval"))
        #expect(found == [1..<3, 5..<6, 8..<11])
        #expect(list.firstMatch(in: words("nothing here, then met"), from: 0) == 4..<5)
    }

    @Test func curlyApostrophesReadAsStraightOnes() {
        #expect(list.contains(words("Chair's report")))
        #expect(!list.contains([]))
        #expect(PhraseList([]).isEmpty)
        #expect(!PhraseList(["* approval"]).isEmpty)
    }
}
