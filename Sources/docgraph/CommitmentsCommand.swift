import ArgumentParser
import DocGraphKit
import DocGraphReports
import DocGraphStore

/// `docgraph commitments`: every commitment with who made it, when, its due date and status.
struct CommitmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitments",
        abstract: "List commitments with who made them, when, their due date and status.",
        discussion: """
            A status is fulfilled, changed, dropped, in-progress, overdue (due before the latest \
            document, with no fulfilment) or open (nothing reported since), from the follow-ups \
            'docgraph trace' shows.

            Examples:
              docgraph commitments
              docgraph commitments --status overdue
              docgraph commitments --by Smith --search protocol
              docgraph commitments --format markdown > commitments.md
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: ArgumentHelp(
        "Only commitments with this status: fulfilled, changed, dropped, in-progress, overdue or open.", valueName: "status"))
    var status: StatusArgument?

    @Option(name: .long, help: ArgumentHelp("Only commitments made by this person or body (any part of a name or alias).",
                                            valueName: "name"))
    var by: String?

    @Option(name: .long, help: ArgumentHelp("Only commitments whose words hold this text.", valueName: "text"))
    var search: String?

    @Option(name: .long, help: "Output format: table, json, csv or markdown.")
    var format: CommitmentListFormat = .table

    func run() throws {
        try CommandFailure.reporting {
            let catalog = try CommitmentReading.catalog(from: storeOptions)
            let entries = catalog.entries(matching: CommitmentFilter(status: status?.status, maker: by, search: search))
            switch format {
            case .table:
                guard !entries.isEmpty else {
                    Terminal.print(catalog.entries.isEmpty
                        ? "No commitments in \(storeOptions.path)." : "No commitments match.")
                    return
                }
                Terminal.print(TextTable(headers: CommitmentListRenderer.headers, rows: entries.map(CommitmentListRenderer.row),
                                         rightAligned: [0, 5]).render())
                if let asOf = catalog.asOf { Terminal.print("\n\(entries.count) commitments; status as of \(asOf.iso).") }
            case .json: Terminal.print(try CommitmentListRenderer.json(entries, asOf: catalog.asOf))
            case .csv: Terminal.print(CommitmentListRenderer.csv(entries))
            case .markdown: Terminal.print(CommitmentListRenderer.markdown(entries, asOf: catalog.asOf))
            }
        }
    }
}

extension CommitmentListFormat: ExpressibleByArgument {}
