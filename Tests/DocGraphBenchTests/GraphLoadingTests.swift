import DocGraphBench
import DocGraphKit
import DocGraphStore
import Foundation
import Testing

@Suite struct GraphLoadingTests {
    static func loadedStore(_ generator: GraphGenerator) throws -> GraphStore {
        let store = try GraphStore.inMemory()
        var loader = GraphLoader(generator: generator)
        loader.batchSize = 700
        _ = try loader.load(into: store, csv: nil)
        return store
    }

    @Test func storeHoldsTheWholeGraph() throws {
        let generator = GraphGenerator(shape: try GraphShape(nodes: 2_000, relationships: 9_000), seed: 1)
        let store = try Self.loadedStore(generator)
        let statistics = try store.statistics()
        #expect(statistics.nodes == 2_000)
        #expect(statistics.relationships == 9_000)
        let people = try store.nodes(labeled: GraphVocabulary.person, named: [generator.personName(generator.shape.documents + 3)])
        #expect(!people.isEmpty)
    }

    @Test func benchmarkQueriesFindWhatTheGraphHolds() throws {
        let generator = GraphGenerator(shape: try GraphShape(nodes: 2_000, relationships: 9_000), seed: 1)
        let store = try Self.loadedStore(generator)
        let queries = BenchmarkQuery.standard(for: generator, samples: 3)
        let measurements = try QueryBenchmark.run(queries, on: store, runs: 3, warmup: 1)
        #expect(measurements.map(\.query.name) == ["lookup", "two-hop", "follow-up-chain", "meetings-per-organisation"])
        let counts = Dictionary(uniqueKeysWithValues: measurements.map { ($0.query.name, $0.rowCounts) })
        #expect(counts["lookup"]?.allSatisfy { $0 >= 1 } == true)
        #expect(counts["follow-up-chain"]?.allSatisfy { (1...5).contains($0) } == true)
        #expect(counts["meetings-per-organisation"] == [10])
    }

    @Test func csvFilesHoldEveryRowUnderAHeader() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graph-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = GraphGenerator(shape: try GraphShape(nodes: 1_000, relationships: 5_000), seed: 1)
        let writer = try CSVGraphWriter(directory: folder, shape: generator.shape)
        _ = try GraphLoader(generator: generator).load(into: nil, csv: writer)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let lines = try files.filter { $0.hasSuffix(".csv") }.map { name -> (String, [Substring]) in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return (name, text.split(separator: "\n"))
        }
        let nodeRows = lines.filter { $0.0.hasPrefix("nodes-") }.reduce(0) { $0 + $1.1.count - 1 }
        let relationshipRows = lines.filter { $0.0.hasPrefix("rels-") }.reduce(0) { $0 + $1.1.count - 1 }
        #expect(nodeRows == 1_000)
        #expect(relationshipRows == 5_000)
        let people = try #require(lines.first { $0.0 == "nodes-Person.csv" })
        #expect(people.1.first == "id,name")
        #expect(files.contains("graph.json"))
        #expect(files.contains("rels-ATTENDED-Organisation-Meeting.csv"))
    }
}
