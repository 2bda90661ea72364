import ArgumentParser
import DocGraphBench
import DocGraphStore
import Foundation

/// `docgraph-bench query`: times the benchmark queries on a generated graph's store.
struct QueryBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Time lookup by name, who-met-whom, a follow-up chain and meetings per organisation on a generated graph.",
        discussion: "Give the same --nodes, --relationships and --seed as to 'graph': the parameters are drawn from that graph.")

    @OptionGroup var graph: GraphOptions

    @Option(name: .long, help: ArgumentHelp("The store 'graph' wrote.", valueName: "file"))
    var store: String

    @Option(name: .long, help: "Timed runs of each query.")
    var runs = 50

    @Option(name: .long, help: "Different people and commitments the runs cycle through.")
    var samples = 20

    @Flag(name: .long, help: "Print the queries, their parameters and timings as JSON.")
    var json = false

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if samples < 1 { throw ValidationError("--samples must be at least 1") }
    }

    func run() throws {
        try BenchFailure.reporting {
            guard FileManager.default.fileExists(atPath: store) else {
                throw BenchError("no store at \(store): make one with 'docgraph-bench graph --store \(store)'")
            }
            let target: GraphStore
            do {
                target = try GraphStore.open(at: store, readOnly: true)
            } catch let error as StoreError {
                throw BenchError(error.description)
            }
            let queries = BenchmarkQuery.standard(for: try graph.generator(), samples: samples)
            let measurements: [QueryMeasurement]
            do {
                measurements = try QueryBenchmark.run(queries, on: target, runs: runs)
            } catch {
                throw BenchError("a benchmark query failed: \(error)")
            }
            if json {
                try JSONOutput.print(measurements)
                return
            }
            print("query                       median ms    p95 ms   rows (first samples)")
            for measurement in measurements {
                let name = measurement.query.name.padding(toLength: 26, withPad: " ", startingAt: 0)
                print(name + String(format: " %10.2f %9.2f   ", measurement.latency.medianMilliseconds, measurement.latency.p95Milliseconds)
                    + measurement.rowCounts.prefix(5).map(String.init).joined(separator: ", "))
            }
        }
    }
}
