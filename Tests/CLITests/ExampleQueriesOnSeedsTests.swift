import DocGraphTestSupport
import Foundation
import Testing

/// Every query in examples/queries answers the users' question on the seeds: it runs, and
/// finds something.
@Suite struct ExampleQueriesOnSeedsTests {
    static let examples: [String] = {
        let folder = SharedPaths.repositoryRoot.appendingPathComponent("examples/queries")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".cypher") }.sorted()
    }()

    @Test func thereAreExamples() {
        #expect(Self.examples.count >= 6)
    }

    @Test(arguments: examples)
    func answersOnTheSeeds(example: String) throws {
        let runner = CommandRunner(directory: try SharedPaths.temporaryDirectory())
        #expect(try runner.run(["ingest", SharedPaths.seeds.path, "--quiet"]).status == 0)
        let file = SharedPaths.repositoryRoot.appendingPathComponent("examples/queries/\(example)").path
        let result = try runner.run(["query", "--file", file, "--format", "csv", "--read-only"])
        #expect(result.status == 0, "\(example): \(result.error)")
        let rows = result.output.split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty, "\(example) found nothing on the seeds")
    }
}
