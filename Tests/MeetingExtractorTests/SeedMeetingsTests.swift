import AuthorExtractor
import DocGraphKit
import DocGraphTestSupport
import Foundation
import MeetingExtractor
import Testing

/// The meetings extractor alone on the seeds, given the dev gold's people, organisations and
/// places as if the entity extractors were perfect.
@Suite struct SeedMeetingsTests {
    @Test func meetingsReachTheTargetGivenPerfectEntities() throws {
        let seeds = try GoldSeedFixtures()
        var found: [ExtractedEvent] = []
        for url in try SharedPaths.seedFiles() {
            var fixture = try seeds.annotations(of: url)
            fixture.merge(try AuthorExtractor().extract(from: fixture.document, annotations: fixture.annotations, context: coreContext))
            let output = try #require(ExtractorConformance.check(
                MeetingExtractor(), on: fixture.document, annotations: fixture.annotations, context: coreContext))
            fixture.merge(output)
            let all = fixture.annotations
            for meeting in output.mentions where meeting.label == GraphVocabulary.meeting {
                let participants = output.facts.filter { $0.to == meeting.id && $0.type == GraphVocabulary.attended }
                    .compactMap { all.mention(withID: $0.from).map { $0.properties["name"]?.stringValue ?? $0.text } }
                found.append(ExtractedEvent(
                    document: url.lastPathComponent,
                    date: meeting.properties["date"]?.stringValue.flatMap(PartialDate.init(iso:)),
                    text: meeting.properties["title"]?.stringValue ?? "", participants: participants))
            }
        }
        let score = EventGoldScore.meetings(found, against: seeds.gold)
        #expect(score.f1 >= 0.85, "meetings: \(score.line)")
    }
}
