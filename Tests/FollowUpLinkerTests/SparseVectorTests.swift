import Testing
@testable import FollowUpLinker

/// Sparse vectors add, compare and look up terms as the dictionaries they replace did.
@Suite struct SparseVectorTests {
    let left = SparseVector([3: 2, 1: 1, 7: 0.5])
    let right = SparseVector([1: 4, 5: 1, 7: 2])

    @Test func entriesAreSortedByTermAndLookUpGivesZeroWhenAbsent() {
        #expect(left.entries.map(\.term) == [1, 3, 7])
        #expect(left[3] == 2)
        #expect(left[4] == 0)
        #expect(left.contains(7))
        #expect(!left.contains(8))
    }

    @Test func addingScalesTheOtherAndKeepsEveryTerm() {
        let sum = left.adding(right, times: 0.5)
        #expect(sum == SparseVector([1: 3, 3: 2, 5: 0.5, 7: 1.5]))
        var added = SparseVector()
        added.add(left)
        #expect(added == left)
    }

    @Test func dotSharedAndCosine() {
        #expect(left.dot(right) == 5)
        #expect(left.shared(with: right) == [.init(term: 1, weight: 4), .init(term: 7, weight: 1)])
        #expect(SparseVector.cosine(left, left) > 0.999_999)
        #expect(SparseVector.cosine(left, SparseVector()) == 0)
        #expect(abs(SparseVector.cosine(left, right) - 5 / (left.norm * right.norm)) < 1e-12)
    }

    @Test func removingDropsOnlyTheGivenTerms() {
        #expect(left.removing([3, 9]) == SparseVector([1: 1, 7: 0.5]))
        #expect(left.removing([]) == left)
    }

    @Test func cosineExcludingTermsIsTheCosineOfTheVectorsWithoutThem() {
        let third = SparseVector([1: 0.3, 3: 1.7, 5: 2.9, 9: 0.1])
        for terms: [Int32] in [[], [1], [7], [1, 7], [3, 5, 9], [1, 3, 5, 7, 9]] {
            #expect(SparseVector.cosine(left, third, excluding: terms) == SparseVector.cosine(left.removing(terms), third.removing(terms)))
            #expect(SparseVector.cosine(left, right, excluding: terms) == SparseVector.cosine(left.removing(terms), right.removing(terms)))
        }
        #expect(SparseVector.cosine(left, right, excluding: [1, 3, 5, 7]) == 0)
    }
}
