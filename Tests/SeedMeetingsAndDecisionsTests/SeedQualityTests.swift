import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

/// The seeds through the whole chain of built-in extractors, scored against the dev gold:
/// meetings F1 of at least 0.85 and decisions F1 of at least 0.80 (issue 6).
@Suite struct SeedQualityTests {
    static let extractions: [SeedExtraction] = (try? SharedPaths.seedFiles().map(SeedExtraction.init)) ?? []

    @Test func meetingsReachTheDevGoldTarget() throws {
        let gold = try GoldSeedFixtures().gold
        let score = EventGoldScore.meetings(Self.extractions.flatMap(\.meetings), against: gold)
        print("meetings: \(score.line)\n  missed: \(score.missed)\n  spurious: \(score.spurious)")
        #expect(score.f1 >= 0.85, "meetings: \(score.line)")
    }

    @Test func decisionsReachTheDevGoldTarget() throws {
        let gold = try GoldSeedFixtures().gold
        let score = EventGoldScore.decisions(Self.extractions.flatMap(\.decisions), against: gold)
        print("decisions: \(score.line)\n  missed: \(score.missed)\n  spurious: \(score.spurious)")
        #expect(score.f1 >= 0.80, "decisions: \(score.line)")
    }
}
