import Testing
@testable import FollowUpLinker

/// A section's weighted terms kept in half the space come back with the same terms, in order,
/// and their weights to a float's precision.
@Suite struct CompactVectorTests {
    @Test func termsComeBackInOrderWithWeightsToSevenDigits() {
        let vector = SparseVector([7: 0.1, 2: 2.5, 40: 1.0 / 3.0])
        let compact = CompactVector(vector)
        #expect(compact.count == 3)
        #expect(compact.vector.entries.map(\.term) == [2, 7, 40])
        for (kept, original) in zip(compact.vector.entries, vector.entries) {
            #expect(abs(kept.weight - original.weight) <= original.weight * 1e-7)
        }
        // A weight a float holds exactly comes back exactly.
        #expect(compact.vector[2] == 2.5)
    }

    @Test func theCosineChangesOnlyInTheSeventhDigit() {
        let left = SparseVector([1: 0.731, 3: 1.912, 9: 0.05])
        let right = SparseVector([1: 1.27, 3: 0.4, 5: 2.2])
        let exact = SparseVector.cosine(left, right)
        let compact = SparseVector.cosine(CompactVector(left).vector, CompactVector(right).vector)
        #expect(abs(exact - compact) < 1e-6)
        #expect(CompactVector().vector == SparseVector())
    }
}
