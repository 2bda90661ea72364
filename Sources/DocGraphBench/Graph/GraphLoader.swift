import DocGraphKit
import DocGraphStore
import Foundation

/// Writes a generated graph into a docgraph store (through the store's bulk-load path) and,
/// when asked, the same graph as CSV files, in one pass over the generator.
public struct GraphLoader {
    /// The owner bulk-loaded nodes and relationships carry in the store.
    public static let owner = "bench.graph"

    public let generator: GraphGenerator
    public var batchSize = 20_000

    public init(generator: GraphGenerator) {
        self.generator = generator
    }

    /// Loads the graph; returns the seconds the store's inserts took.
    public func load(into store: GraphStore?, csv: CSVGraphWriter?, progress: (String) -> Void = { _ in }) throws -> Double {
        var ids: [Int64] = []
        ids.reserveCapacity(store == nil ? 0 : generator.shape.nodes)
        var storeSeconds = 0.0
        var written = 0
        try generator.forEachNodeBatch(size: batchSize) { batch in
            if let store {
                let nodes = batch.map {
                    BulkNode(labels: [$0.label], key: "\($0.label)|generated|\($0.number)", properties: $0.properties)
                }
                storeSeconds += try Stopwatch.seconds { ids += try store.bulkInsert(nodes: nodes, owner: Self.owner) }
            }
            try csv?.write(nodes: batch)
            written += batch.count
            if written % 200_000 < batchSize { progress("nodes: \(written)") }
        }
        written = 0
        try generator.forEachRelationshipBatch(size: batchSize) { batch in
            if let store {
                let relationships = batch.map {
                    BulkRelationship(type: $0.type, start: ids[$0.from], end: ids[$0.to], properties: $0.properties)
                }
                storeSeconds += try Stopwatch.seconds { try store.bulkInsert(relationships: relationships, owner: Self.owner) }
            }
            try csv?.write(relationships: batch)
            written += batch.count
            if written % 1_000_000 < batchSize { progress("relationships: \(written)") }
        }
        try csv?.finish()
        if let store { storeSeconds += try Stopwatch.seconds { try store.updatePlannerStatistics() } }
        return storeSeconds
    }
}
