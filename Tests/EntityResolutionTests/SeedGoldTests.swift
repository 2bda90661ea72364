import DocGraphEvaluation
import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import DocGraphTestSupport
import Foundation
import Testing

/// The five seeds through the shipped pipeline into an in-memory store, scored against the
/// dev gold by `docgraph eval`'s evaluator: the targets of people and organisations.
@Suite struct SeedGoldTests {
    @Test func peopleAndOrganisationsReachTheDevGoldTargets() async throws {
        let store = try GraphStore.inMemory()
        let summary = try await EntityPipeline.pipeline().ingest([SharedPaths.seeds.path], into: store)
        #expect(summary.count(.added) == 5)
        let goldPath = SharedPaths.shared.appendingPathComponent("gold/seeds-dev.json").path
        let report = try Evaluator(gold: try GoldStandard.load(from: goldPath), goldName: goldPath).evaluate(store)
        let people = try #require(report[.people])
        let organisations = try #require(report[.organisations])
        #expect((people.strict.f1 ?? 0) >= 0.95, "people: \(people.strict); missed \(people.missed); spurious \(people.spurious)")
        #expect((organisations.strict.f1 ?? 0) >= 0.90,
                "organisations: \(organisations.strict); missed \(organisations.missed); spurious \(organisations.spurious)")
        #expect(people.splits?.isEmpty ?? true, "people split: \(people.splits ?? [])")
    }
}
