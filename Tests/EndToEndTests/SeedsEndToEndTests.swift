import DocGraphBuiltins
import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation
import Testing

/// The seeds in, the graph out, through the built-in plugins: the checks every fact must pass.
@Suite struct SeedsEndToEndTests {
    static func ingestedStore() async throws -> GraphStore {
        let store = try GraphStore.inMemory()
        let summary = try await Builtins.pipeline().ingest([SharedPaths.seeds.path], into: store)
        #expect(summary.count(.added) == 5)
        #expect(!summary.hasFailures)
        return store
    }

    @Test func everyDocumentIsStoredWithItsDate() async throws {
        let store = try await Self.ingestedStore()
        let dates = Dictionary(uniqueKeysWithValues: try store.documents().map { ($0.name, $0.date?.iso ?? "") })
        #expect(dates == [
            "000_0de250827f1bd0a2.txt": "2017-03", "001_9da314cc6a9fe4da.txt": "2017-03-23",
            "002_beac637aa5a014bf.txt": "2016-12", "003_81907808ba1dbcd4.txt": "2017-09",
            "004_94bf3c743eff976e.txt": "2017-07",
        ])
    }

    @Test func everyQuoteIsTheTextAtItsOffsets() async throws {
        let store = try await Self.ingestedStore()
        var texts: [String: [Unicode.Scalar]] = [:]
        for document in try store.documents() {
            texts[document.sha256] = Array(try #require(try store.text(ofDocument: document.sha256)).unicodeScalars)
        }
        func check(_ evidence: Evidence) {
            guard let scalars = texts[evidence.document] else {
                Issue.record("evidence names an unknown document \(evidence.document)")
                return
            }
            guard evidence.start >= 0, evidence.start <= evidence.end, evidence.end <= scalars.count else {
                Issue.record("offsets \(evidence.start)..<\(evidence.end) outside the text")
                return
            }
            var quote = String.UnicodeScalarView()
            quote.append(contentsOf: scalars[evidence.start..<evidence.end])
            #expect(String(quote) == evidence.quote)
        }
        for relationship in try store.relationships(ofType: nil) {
            let properties = relationship.properties
            guard let document = properties["document"]?.stringValue, let start = properties["start"]?.intValue,
                  let end = properties["end"]?.intValue, let quote = properties["quote"]?.stringValue else {
                if relationship.properties["origin"] != "curated" {
                    Issue.record("relationship \(relationship.id) \(relationship.type) has no evidence")
                }
                continue
            }
            check(Evidence(document: document, start: start, end: end, quote: quote, extractor: ""))
        }
        for label in GraphVocabulary.nodeLabels where label != GraphVocabulary.document {
            for node in try store.nodes(labeled: label) {
                let mentions = try store.mentions(ofNode: node.id)
                #expect(!mentions.isEmpty, "\(label) \(node.displayName) has no mention")
                mentions.forEach(check)
            }
        }
    }

    @Test func everyExtractedNodeIsMentionedInADocument() async throws {
        let store = try await Self.ingestedStore()
        let mentionedIn = Set(try store.relationships(ofType: GraphVocabulary.mentionedIn).map(\.from))
        for label in GraphVocabulary.nodeLabels where label != GraphVocabulary.document {
            for node in try store.nodes(labeled: label) {
                #expect(mentionedIn.contains(node.id), "\(label) \(node.displayName)")
            }
        }
    }
}
