import DocGraphBuiltins
import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import Foundation

/// Times an ingest exactly as `docgraph ingest` runs it (the built-in pipeline into a store on
/// disk), and measures the corpus, the store and the process's peak memory.
public enum IngestBenchmark {
    public static func run(corpus: String, store path: String, jobs: Int?) async throws -> IngestMeasurement {
        let bytes = try corpusBytes(at: corpus)
        let start = Stopwatch.now
        let linking = LinkClock()
        // The store is closed before the clock stops and its files are measured, as when
        // `docgraph ingest` ends: the write-ahead log is then copied into the file and removed.
        let summary = try await ingest(corpus, store: path, jobs: jobs, linking: linking)
        let end = Stopwatch.now
        let linkStart = linking.started ?? end
        return IngestMeasurement(
            documents: summary.files.count, bytes: bytes, seconds: end - start, added: summary.count(.added) + summary.count(.replaced),
            unchanged: summary.count(.unchanged), failed: summary.count(.failed), peakMemoryMB: ResourceUsage.peakMemoryMB,
            cpuSeconds: ResourceUsage.cpuSeconds, storeBytes: storeBytes(at: path), linkSeconds: end - linkStart)
    }

    /// Opens the store, ingests the corpus into it and updates its planner statistics; the
    /// store is closed when this returns.
    private static func ingest(_ corpus: String, store path: String, jobs: Int?, linking: LinkClock) async throws -> IngestSummary {
        let store: GraphStore
        do {
            store = try GraphStore.open(at: path)
        } catch let error as StoreError {
            throw BenchError(error.description)
        }
        var options = IngestOptions()
        if let jobs { options.concurrency = jobs }
        options.exclude(store: path)
        let pipeline = try Builtins.pipeline(options: options)
        let summary = await pipeline.ingest([corpus], into: store) { event in
            if case .linking = event { linking.mark() }
        }
        try store.updatePlannerStatistics()
        return summary
    }

    /// The bytes of every regular file under a folder.
    static func corpusBytes(at path: String) throws -> Int {
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw BenchError("cannot read the corpus folder \(path): make one with 'docgraph-bench generate'")
        }
        var total = 0
        while let name = walker.nextObject() as? String {
            let attributes = walker.fileAttributes
            if attributes?[.type] as? FileAttributeType == .typeRegular {
                total += (attributes?[.size] as? NSNumber)?.intValue ?? 0
            }
            _ = name
        }
        return total
    }

    /// The bytes of a store file and the files SQLite keeps beside it.
    public static func storeBytes(at path: String) -> Int {
        ["", "-wal", "-shm"].reduce(0) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix))?[.size] as? NSNumber
            return total + (size?.intValue ?? 0)
        }
    }
}
