import DocGraphKit
import Testing
@testable import FollowUpLinker

/// A passage's term counts keep whole counts in half the space of a vector and weigh exactly
/// as the same counts held as a vector do.
@Suite struct TermCountsTests {
    let counts = TermCounts([4: 2, 0: 1, 2: 3])

    @Test func entriesAreSortedByTermWithTheirCounts() {
        #expect(counts.entries == [.init(term: 0, count: 1), .init(term: 2, count: 3), .init(term: 4, count: 2)])
        #expect(Array(counts.terms) == [0, 2, 4])
        #expect(counts.count == 3)
        #expect(TermCounts().count == 0)
    }

    @Test func vectorHoldsTheSameCounts() {
        #expect(counts.vector == SparseVector([0: 1, 2: 3, 4: 2]))
        #expect(TermCounts().vector == SparseVector())
    }

    @Test func weighingCountsEqualsWeighingTheirVector() {
        var vocabulary = Vocabulary()
        for term in ["budget", "@7", "fire", "budget+fire", "rare"] { _ = vocabulary.intern(term) }
        let passages = [TermCounts([0: 1, 1: 1, 2: 2]), TermCounts([0: 2, 1: 1, 3: 1]), TermCounts([2: 1, 4: 1])]
        let statistics = TermStatistics(passages: passages, vocabulary: vocabulary)
        let weighed = TermCounts([0: 3, 1: 1, 2: 1, 4: 5])
        #expect(statistics.weigh(weighed) == statistics.weigh(weighed.vector))
        // "rare" is in one passage only, so it is left out; the entity weighs more than a word.
        #expect(statistics.weigh(weighed).entries.map(\.term) == [0, 1, 2])
        #expect(statistics.weigh(weighed)[1] > statistics.weigh(weighed)[2])
    }

    @Test func statisticsCountedAsPassagesAreReadWeighAsThoseOfThePassages() {
        var vocabulary = Vocabulary()
        for term in ["budget", "@7", "fire", "budget+fire", "rare", "unread"] { _ = vocabulary.intern(term) }
        let passages = [TermCounts([0: 1, 1: 1, 2: 2]), TermCounts([0: 2, 1: 1, 3: 1]), TermCounts([2: 1, 4: 1])]
        let counted = TermStatistics(passages: passages, vocabulary: vocabulary)
        // In how many passages each term is, the last term in none: the list may stop short.
        let read = TermStatistics(frequencies: [2, 2, 2, 1, 1], passageCount: 3, vocabulary: vocabulary)
        let weighed = TermCounts([0: 3, 1: 1, 2: 1, 3: 2, 4: 5, 5: 1])
        #expect(read.weigh(weighed) == counted.weigh(weighed))
        #expect(read.passageCount == 3)
        #expect(read.frequency(of: 5) == 0)
        #expect(read.weigh(weighed).entries.map(\.term) == [0, 1, 2])
    }
}
