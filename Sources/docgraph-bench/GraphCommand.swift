import ArgumentParser
import DocGraphBench
import DocGraphStore
import Foundation

/// `docgraph-bench graph`: writes a generated graph into a store and as CSV.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Write a generated graph of the schema's labels and types into a new store, and as CSV for other databases.")

    @OptionGroup var graph: GraphOptions

    @Option(name: .long, help: ArgumentHelp("The store to create (it must not exist yet).", valueName: "file"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("A folder for the CSV files and graph.json.", valueName: "folder"))
    var csv: String?

    func validate() throws {
        if store == nil && csv == nil { throw ValidationError("name a --store, a --csv folder, or both") }
        if let store, FileManager.default.fileExists(atPath: store) {
            throw ValidationError("\(store) exists already: the graph is loaded into a new store; remove it or name another")
        }
    }

    func run() throws {
        try BenchFailure.reporting {
            let generator = try graph.generator()
            let target: GraphStore?
            do {
                target = try store.map { try GraphStore.open(at: $0) }
            } catch let error as StoreError {
                throw BenchError(error.description)
            }
            let writer = try csv.map { try CSVGraphWriter(directory: URL(fileURLWithPath: $0), shape: generator.shape) }
            let started = Stopwatch.now
            let storeSeconds = try GraphLoader(generator: generator).load(into: target, csv: writer, progress: BenchFailure.note)
            let seconds = Stopwatch.now - started
            print("graph: \(generator.shape.nodes) nodes, \(generator.shape.relationships) relationships in \(String(format: "%.1f", seconds)) s"
                + (store != nil ? " (store inserts \(String(format: "%.1f", storeSeconds)) s)" : ""))
        }
    }
}
