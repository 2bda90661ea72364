@testable import DocGraphPipeline
import Testing

@Suite struct PhraseIndexTests {
    static func index(_ phrases: [String]) -> PhraseIndex {
        var index = PhraseIndex()
        for (pattern, phrase) in phrases.enumerated() { index.add(Array(phrase.utf8), pattern: pattern) }
        return index
    }

    static func patterns(_ index: PhraseIndex, _ token: String) -> [Int] {
        index.candidates(startingWith: Array(token.utf8)).map(\.pattern)
    }

    @Test func aTokenFindsEveryPhraseItCanStartInTheirOrder() {
        let index = Self.index(["UK", "UKIP", "St John", "Stafford", "St. Mary's", "a", "Council", ""])
        #expect(Self.patterns(index, "UK") == [0, 1])
        #expect(Self.patterns(index, "UKIP") == [1])
        #expect(Self.patterns(index, "St") == [2, 3, 4])
        #expect(Self.patterns(index, "S") == [2, 3, 4])
        #expect(Self.patterns(index, "Staff") == [3])
        #expect(Self.patterns(index, "a") == [5])
        #expect(Self.patterns(index, "Council") == [6])
        #expect(Self.patterns(index, "council").isEmpty)
        #expect(Self.patterns(index, "").isEmpty)
        #expect(Self.patterns(index, "Zed").isEmpty)
    }

    @Test func aTokenLongerThanAPhraseDoesNotFindIt() {
        let index = Self.index(["UK", "é"])
        #expect(Self.patterns(index, "UKs").isEmpty)
        #expect(Self.patterns(index, "é") == [1])
        #expect(Self.patterns(index, "ée").isEmpty)
    }
}
