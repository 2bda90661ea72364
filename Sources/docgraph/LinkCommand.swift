import ArgumentParser
import DocGraphKit
import DocGraphPipeline
import DocGraphStore
import Foundation

/// `docgraph link`: runs the linkers over the whole store, as `ingest` does after a batch.
struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Run the linkers (follow-ups and each commitment's status) over the whole store.",
        discussion: """
            'docgraph ingest' links after every batch that adds or replaces a document. Linking \
            weighs every document, so a script adding many batches to a large store can pass \
            --no-link to each batch and run this once at the end. Each linker's output replaces \
            what it wrote before; a linker that fails leaves its earlier output and makes the exit \
            status 1. The follow-up linker keeps the documents' sentences and words in a temporary file \
            while it runs, in TMPDIR (else /tmp): about 23 KB a document.

            Examples:
              docgraph link
              docgraph link --store panel.sqlite --config minutes/docgraph.yaml
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: ArgumentHelp(
        "The docgraph.yaml choosing plugins and rule packs (default: ./docgraph.yaml if there is one).", valueName: "path"))
    var config: String?

    @Flag(name: .shortAndLong, help: "Print only failures, warnings and the summary.")
    var quiet = false

    func run() throws {
        try CommandFailure.reporting {
            let store = try storeOptions.open()
            let loaded = try ConfiguredPipeline.load(config: config, options: IngestOptions())
            defer { loaded.selection.shutdown() }
            let linkers = loaded.pipeline.linkers
            guard !linkers.isEmpty else {
                Terminal.print("No linker is enabled: nothing to link in \(storeOptions.path).")
                return
            }
            let reporter = ProgressReporter(quiet: quiet)
            let outcome = loaded.pipeline.link(store, progress: { reporter.report($0) })
            store.refreshPlannerStatistics()
            reporter.finish()
            for warning in outcome.warnings { Terminal.error("warning: \(warning)") }
            for failure in outcome.failures { Terminal.error("error: \(failure)") }
            let statistics = try store.statistics()
            Terminal.print("Linked \(storeOptions.path) with \(linkers.map(\.manifest.id).joined(separator: ", ")).\n")
            Terminal.print(StatisticsReport.render(statistics))
            if !outcome.failures.isEmpty { throw ExitCode(1) }
        }
    }
}
