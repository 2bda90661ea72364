import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation
import OrganisationExtractor
import PeopleExtractor
import PlaceExtractor
import Testing

/// The five seeds through the pipeline into an in-memory store, scored against the dev gold.
@Suite struct SeedGoldTests {
    static func ingestSeeds() async throws -> GraphStore {
        let registry = PluginRegistry(
            readers: [PlainTextReader()], extractors: [OrganisationExtractor(), PeopleExtractor(), PlaceExtractor()])
        let processor = DocumentProcessor(registry: registry, extractors: registry.extractors, analysis: { _ in Annotations() })
        let pipeline = IngestPipeline(processor: processor, options: IngestOptions(concurrency: 2))
        let store = try GraphStore.inMemory()
        let summary = await pipeline.ingest([SharedPaths.seeds.path], into: store)
        #expect(summary.count(.added) == 5)
        return store
    }

    @Test func peopleAndOrganisationsReachTheDevGoldTargets() async throws {
        let goldURL = SharedPaths.shared.appendingPathComponent("gold/seeds-dev.json")
        let gold = try GoldScore.load(goldURL)
        let store = try await Self.ingestSeeds()
        let documents = Set(gold.documents.map(\.file))
        let people = try GoldScore.nodes(labeled: GraphVocabulary.person, in: store)
        let organisations = try GoldScore.nodes(labeled: GraphVocabulary.organisation, in: store)
        var report: [String] = []
        for lenient in [false, true] {
            let personFigures = GoldScore.score(people, against: gold.people, documents: documents, organisations: false, lenient: lenient)
            let organisationFigures = GoldScore.score(
                organisations, against: gold.organisations, documents: documents, organisations: true, lenient: lenient)
            let mode = lenient ? "lenient" : "strict"
            report.append("people \(mode): \(personFigures.line)")
            report.append("organisations \(mode): \(organisationFigures.line)")
            if !lenient {
                report.append("  people missed: \(personFigures.missed)")
                report.append("  people spurious: \(personFigures.spurious)")
                report.append("  organisations missed: \(organisationFigures.missed)")
                report.append("  organisations spurious: \(organisationFigures.spurious)")
                #expect(personFigures.f1 >= 0.95, "people F1 \(personFigures.f1)")
                #expect(organisationFigures.f1 >= 0.90, "organisations F1 \(organisationFigures.f1)")
                #expect(personFigures.splits.isEmpty, "people split: \(personFigures.splits)")
            }
        }
        print(report.joined(separator: "\n"))
    }
}
