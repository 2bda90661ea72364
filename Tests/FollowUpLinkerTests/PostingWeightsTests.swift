import Testing
@testable import FollowUpLinker

/// A segment's weights are kept as numbers in a table of its distinct weights, and read back as
/// the floats they were; with more distinct weights than a table numbers, as the floats.
@Suite struct PostingWeightsTests {
    @Test func repeatedWeightsAreReadBackAsTheFloatsTheyWere() {
        let floats: [Float] = [0.25, 1.5, 0.25, Float(0.1), 1.5, 3]
        let weights = PostingWeights(floats)
        #expect(weights.isTabled)
        #expect(weights.count == 6)
        #expect((0..<6).map { weights[$0] } == floats.map(Double.init))
        #expect(weights[3] == Double(Float(0.1)))
    }

    @Test func noWeightsMakeAnEmptyTable() {
        let weights = PostingWeights([])
        #expect(weights.isTabled)
        #expect(weights.count == 0)
    }

    @Test func asManyDistinctWeightsAsATableNumbersAreTabled() {
        let floats = (0..<PostingWeights.tableLimit).map { Float($0) } + [7, 7]
        let weights = PostingWeights(floats)
        #expect(weights.isTabled)
        #expect(weights[65_535] == 65_535)
        #expect(weights[65_537] == 7)
    }

    @Test func moreDistinctWeightsThanATableNumbersAreKeptAsFloats() {
        let floats = [Float(0.5)] + (0...PostingWeights.tableLimit).map { Float($0) + 0.25 }
        let weights = PostingWeights(floats)
        #expect(!weights.isTabled)
        #expect(weights.count == floats.count)
        #expect(weights[0] == 0.5)
        #expect(weights[65_537] == 65_536.25)
    }
}
