import AuthorExtractor
import DecisionExtractor
import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

/// The decisions extractor alone on the seeds, given the dev gold's people and organisations
/// as if the entity extractors were perfect.
@Suite struct SeedDecisionsTests {
    @Test func decisionsReachTheTargetGivenPerfectEntities() throws {
        let seeds = try GoldSeedFixtures()
        var found: [ExtractedEvent] = []
        for url in try SharedPaths.seedFiles() {
            var fixture = try seeds.annotations(of: url)
            fixture.merge(try AuthorExtractor().extract(from: fixture.document, annotations: fixture.annotations, context: coreContext))
            let output = try #require(ExtractorConformance.check(
                DecisionExtractor(), on: fixture.document, annotations: fixture.annotations, context: coreContext))
            found += output.mentions.map {
                ExtractedEvent(document: url.lastPathComponent, date: nil, text: $0.properties["text"]?.stringValue ?? "",
                               participants: [])
            }
        }
        let score = EventGoldScore.decisions(found, against: seeds.gold)
        #expect(score.f1 >= 0.80, "decisions: \(score.line)")
    }
}
