import AuthorExtractor
import DocGraphKit
import DocGraphTestSupport
import Foundation
import MeetingExtractor
import Testing

@Suite struct SeedMeetingsTests {
    @Test func dumpsTheMeetingsOfEachSeed() throws {
        let seeds = try GoldSeedFixtures()
        var lines: [String] = []
        for url in try SharedPaths.seedFiles() {
            var fixture = try seeds.annotations(of: url)
            fixture.merge(try AuthorExtractor().extract(from: fixture.document, annotations: fixture.annotations, context: coreContext))
            let output = try MeetingExtractor().extract(from: fixture.document, annotations: fixture.annotations, context: coreContext)
            var all = fixture.annotations
            all.merge(output)
            for meeting in output.mentions where meeting.label == "Meeting" {
                let attendees = output.facts.filter { $0.to == meeting.id && $0.type == "ATTENDED" }.compactMap { fact in
                    all.mention(withID: fact.from).map { ($0.properties["name"]?.stringValue ?? $0.text) + "/" + (fact.properties["role"]?.stringValue ?? "") }
                }
                let places = output.facts.filter { $0.from == meeting.id && $0.type == "HELD_AT" }.compactMap {
                    all.mention(withID: $0.to)?.text
                }
                let object: [String: Any] = [
                    "doc": url.lastPathComponent, "title": meeting.properties["title"]?.stringValue ?? "",
                    "date": meeting.properties["date"]?.stringValue ?? NSNull(), "status": meeting.properties["status"]?.stringValue ?? "",
                    "kind": meeting.properties["kind"]?.stringValue ?? "", "participants": attendees, "places": places,
                    "evidence": fixture.document.text(in: meeting.evidenceRange),
                ]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                lines.append(String(decoding: data, as: UTF8.self))
            }
        }
        if let path = ProcessInfo.processInfo.environment["DOCGRAPH_MEETINGS_DUMP"] {
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(!lines.isEmpty)
    }
}
