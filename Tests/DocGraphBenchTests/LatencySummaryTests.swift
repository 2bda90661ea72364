import DocGraphBench
import Testing

@Suite struct LatencySummaryTests {
    @Test func medianAndNearestRankPercentile() {
        let summary = LatencySummary(seconds: (1...20).map { Double($0) / 1000 })
        #expect(summary.runs == 20)
        #expect(summary.medianMilliseconds == 10.5)
        #expect(summary.p95Milliseconds == 19)
        #expect(summary.minimumMilliseconds == 1)
    }

    @Test func oddCountsAndNoRuns() {
        #expect(LatencySummary(seconds: [0.003, 0.001, 0.002]).medianMilliseconds == 2)
        #expect(LatencySummary(seconds: []).p95Milliseconds == 0)
    }

    @Test func seededGeneratorRepeatsPerStream() {
        var first = SeededGenerator(seed: 4, stream: 9)
        var second = SeededGenerator(seed: 4, stream: 9)
        var other = SeededGenerator(seed: 4, stream: 10)
        let a = (0..<5).map { _ in first.next() }
        #expect(a == (0..<5).map { _ in second.next() })
        #expect(a != (0..<5).map { _ in other.next() })
    }
}
