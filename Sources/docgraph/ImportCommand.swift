import ArgumentParser
import DocGraphStore
import Foundation

/// `docgraph import`: reads a JSON-lines export back into an empty store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a JSON-lines export (docgraph export --format jsonl) into an empty store.",
        discussion: """
            Nothing is written unless every line is good; the first bad line is reported.

            Examples:
              docgraph import graph.jsonl --store copy.sqlite
              docgraph export --format jsonl | docgraph import - --store copy.sqlite
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The JSON-lines file, or - for standard input.", valueName: "file"))
    var file: String

    func run() throws {
        try CommandFailure.reporting {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let contents = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure("cannot read \(file): no such file or not readable")
                }
                data = contents
            }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let store = try storeOptions.open(create: true)
            do {
                let counts = try store.importJSONLines(lines)
                try store.updatePlannerStatistics()
                Terminal.print("imported \(counts.nodes) nodes and \(counts.relationships) relationships into \(storeOptions.path)")
            } catch let error as JSONLinesImportError {
                throw CommandFailure("\(file): \(error)")
            } catch let error as StoreError {
                throw CommandFailure(error.description)
            }
        }
    }
}
