import ArgumentParser
import DocGraphStore
import Foundation

/// `docgraph stats`: counts what the store holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the store's documents, nodes by label and relationships by type.",
        discussion: """
            Examples:
              docgraph stats
              docgraph stats --store panel.sqlite --format json
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Output format: table or json.")
    var format: StatsFormat = .table

    func run() throws {
        try CommandFailure.reporting {
            let statistics = try storeOptions.open(readOnly: false).statistics()
            switch format {
            case .table:
                Terminal.print("\(statistics.documents) documents in \(storeOptions.path)\n")
                Terminal.print(StatisticsReport.render(statistics))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                let data = try encoder.encode(statistics)
                Terminal.print(String(decoding: data, as: UTF8.self))
            }
        }
    }
}

enum StatsFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
