import ArgumentParser
import DocGraphBench
import Foundation

/// `docgraph-bench ingest`: times the built-in pipeline over a corpus into a store.
struct IngestBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest a corpus as 'docgraph ingest' does and print documents/s, MB/s, peak memory and store size.",
        discussion: """
            Run it twice on the same store to time re-ingesting an unchanged corpus. Each run is its \
            own process, so its peak memory is its own.
            """)

    @Argument(help: ArgumentHelp("The corpus folder.", valueName: "folder"))
    var corpus: String

    @Option(name: .long, help: ArgumentHelp("The store file.", valueName: "file"))
    var store: String

    @Option(name: .long, help: ArgumentHelp("Documents to process at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Print the figures as JSON.")
    var json = false

    func run() throws {
        try BenchFailure.reporting {
            let measurement = try BlockingWait.result { [corpus, store, jobs] in
                try await IngestBenchmark.run(corpus: corpus, store: store, jobs: jobs)
            }
            if json {
                try JSONOutput.print(measurement)
            } else {
                print(String(format: """
                    documents      %d (%d added, %d unchanged, %d failed)
                    text           %.1f MB
                    time           %.2f s (linkers %.2f s), CPU %.1f s
                    rate           %.1f documents/s, %.2f MB/s
                    peak memory    %.0f MiB
                    store          %.1f MB, %.0f bytes per document
                    """, measurement.documents, measurement.added, measurement.unchanged, measurement.failed,
                    Double(measurement.bytes) / 1_000_000, measurement.seconds, measurement.linkSeconds, measurement.cpuSeconds,
                    measurement.documentsPerSecond, measurement.megabytesPerSecond, measurement.peakMemoryMB,
                    Double(measurement.storeBytes) / 1_000_000, measurement.storeBytesPerDocument))
            }
            if measurement.failed > 0 { throw ExitCode(1) }
        }
    }
}
