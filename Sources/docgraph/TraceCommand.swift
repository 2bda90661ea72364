import ArgumentParser
import DocGraphReports
import DocGraphStore

/// `docgraph trace`: a commitment, every follow-up in date order, and its status.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Follow commitments through later documents to what became of them.",
        discussion: """
            Shows each commitment, then every follow-up in date order with its document, date, \
            relation (progress, fulfilled, changed or dropped) and quote, then its status. \
            Name the commitment by its ID (from 'docgraph commitments'), find it with --search, \
            or trace --all.

            Formats: text (the terminal), markdown (a panel report), json, dot (Graphviz).

            Examples:
              docgraph trace 42
              docgraph trace --search "traveller" --explain
              docgraph trace --all --format markdown > follow-ups.md
              docgraph trace --all --format dot | dot -Tsvg > follow-ups.svg
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The commitment's ID, as 'docgraph commitments' lists it.", valueName: "id"))
    var id: Int64?

    @Option(name: .long, help: ArgumentHelp("Trace every commitment whose words hold this text.", valueName: "text"))
    var search: String?

    @Flag(name: .long, help: "Trace every commitment.")
    var all = false

    @Option(name: .long, help: "Output format: text, markdown, json or dot.")
    var format: TraceFormat = .text

    @Flag(name: .long, help: "Show why each follow-up was linked: its score and what matched.")
    var explain = false

    func validate() throws {
        let choices = [id != nil, search != nil, all].filter { $0 }.count
        guard choices == 1 else {
            throw ValidationError("name one commitment by its ID, or use --search TEXT or --all")
        }
    }

    func run() throws {
        try CommandFailure.reporting {
            let catalog = try CommitmentReading.catalog(from: storeOptions)
            let entries = try chosen(from: catalog)
            let renderer = TraceRenderer(explain: explain, asOf: catalog.asOf)
            Terminal.print(try renderer.render(entries, as: format))
        }
    }

    /// The commitments the arguments name; an error when they name none.
    private func chosen(from catalog: CommitmentCatalog) throws -> [CommitmentEntry] {
        if let id {
            guard let entry = catalog.entry(id: id) else {
                throw CommandFailure("no commitment has the ID \(id): list them with 'docgraph commitments'")
            }
            return [entry]
        }
        if let search {
            let found = catalog.entries(matching: CommitmentFilter(search: search))
            guard !found.isEmpty else {
                throw CommandFailure("no commitment holds '\(search)': list them with 'docgraph commitments'")
            }
            return found
        }
        guard !catalog.entries.isEmpty else {
            throw CommandFailure("no commitments in \(storeOptions.path): ingest documents with 'docgraph ingest PATH'")
        }
        return catalog.entries
    }
}

extension TraceFormat: ExpressibleByArgument {}
