import AuthorExtractor
import DecisionExtractor
import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct SeedDecisionsTests {
    @Test func dumpsTheDecisionsOfEachSeed() throws {
        let seeds = try GoldSeedFixtures()
        var lines: [String] = []
        for url in try SharedPaths.seedFiles() {
            var fixture = try seeds.annotations(of: url)
            fixture.merge(try AuthorExtractor().extract(from: fixture.document, annotations: fixture.annotations, context: coreContext))
            let output = try DecisionExtractor().extract(from: fixture.document, annotations: fixture.annotations, context: coreContext)
            var all = fixture.annotations
            all.merge(output)
            for decision in output.mentions {
                let name = { (id: String) in all.mention(withID: id).map { $0.properties["name"]?.stringValue ?? $0.text } ?? id }
                let object: [String: Any] = [
                    "doc": url.lastPathComponent, "text": decision.properties["text"]?.stringValue ?? "",
                    "reference": decision.properties["reference"]?.stringValue ?? NSNull(),
                    "made": output.facts.filter { $0.to == decision.id && $0.type == "MADE" }.map { name($0.from) },
                    "concerns": output.facts.filter { $0.from == decision.id && $0.type == "CONCERNS" }.map { name($0.to) },
                ]
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                lines.append(String(decoding: data, as: UTF8.self))
            }
        }
        if let path = ProcessInfo.processInfo.environment["DOCGRAPH_DECISIONS_DUMP"] {
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(!lines.isEmpty)
    }
}
