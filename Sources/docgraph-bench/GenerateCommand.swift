import ArgumentParser
import DocGraphBench
import Foundation

/// `docgraph-bench generate`: writes a corpus of generated documents.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write N documents made by recombining the seed documents with other names, places, bodies and dates.")

    @Option(name: .long, help: "How many documents to write.")
    var documents: Int

    @Option(name: .long, help: "The seed: the same seed writes the same corpus.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("The folder to write into (sub-folders of 1,000 documents).", valueName: "folder"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("The folder of plain-text seed documents.", valueName: "folder"))
    var seeds = "seeds"

    @Option(name: .long, help: ArgumentHelp("About how many bytes each document has.", valueName: "bytes"))
    var size = 10_000

    func validate() throws {
        if documents < 1 { throw ValidationError("--documents must be at least 1") }
        if size < 500 { throw ValidationError("--size must be at least 500 (bytes)") }
    }

    func run() throws {
        try BenchFailure.reporting {
            let generator = try CorpusGenerator(seedsIn: URL(fileURLWithPath: seeds))
            let started = Stopwatch.now
            let bytes = try generator.write(
                documents: documents, seed: seed, to: URL(fileURLWithPath: output), targetBytes: size,
                progress: { count in if count % 10_000 == 0 { BenchFailure.note("\(count) documents written") } })
            let seconds = Stopwatch.now - started
            print("wrote \(documents) documents, \(bytes) bytes (\(String(format: "%.1f", Double(bytes) / 1_000_000)) MB) to \(output) in \(String(format: "%.1f", seconds)) s")
        }
    }
}
