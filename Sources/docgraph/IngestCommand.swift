import ArgumentParser
import DocGraphBuiltins
import DocGraphPipeline
import DocGraphStore
import Foundation

/// `docgraph ingest`: reads files and folders into the store.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read files and folders (recursively) into the store.",
        discussion: """
            Unchanged files are skipped by their content hash; a changed file at the same path \
            replaces exactly what it contributed before. One bad file never stops the batch: it is \
            reported, the others go on, and the exit status is 1 when any file failed.

            After a batch that adds or replaces a document, the linkers (follow-ups and each \
            commitment's status) run over the whole store. A script adding many batches to a large \
            store can pass --no-link to each and run 'docgraph link' once at the end.

            Examples:
              docgraph ingest seeds
              docgraph ingest reports/2017 minutes.docx --store panel.sqlite
              docgraph ingest minutes/ --config minutes/docgraph.yaml
              docgraph ingest 2017/ --no-link && docgraph ingest 2018/ --no-link && docgraph link
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("Files and folders to read.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("Largest file to read, in MB.", valueName: "MB"))
    var maxFileSize: Int = 64

    @Option(name: .long, help: ArgumentHelp("Documents to process at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp(
        "The docgraph.yaml choosing plugins and rule packs (default: ./docgraph.yaml if there is one).", valueName: "path"))
    var config: String?

    @Flag(name: .long, help: "Do not run the linkers after this batch; 'docgraph link' runs them later.")
    var noLink = false

    @Flag(name: .shortAndLong, help: "Print only failures, warnings and the summary.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or folder to ingest") }
        if maxFileSize < 1 { throw ValidationError("--max-file-size must be at least 1 (MB)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        try await CommandFailure.reporting {
            let store = try storeOptions.open(create: true)
            var options = IngestOptions(maxFileBytes: maxFileSize << 20, linksAfterBatch: !noLink)
            if let jobs { options.concurrency = jobs }
            options.exclude(store: storeOptions.path)
            let loaded = try ConfiguredPipeline.load(config: config, options: options)
            defer { loaded.selection.shutdown() }
            let pipeline = loaded.pipeline
            let reporter = ProgressReporter(quiet: quiet)
            let summary = await pipeline.ingest(paths, into: store, progress: { reporter.report($0) })
            store.refreshPlannerStatistics()
            reporter.finish()
            for warning in summary.linkWarnings { Terminal.error("warning: \(warning)") }
            if noLink && summary.changedTheGraph && !pipeline.linkers.isEmpty {
                Terminal.error("note: links were not updated (--no-link); run 'docgraph link' when the last batch is in")
            }
            Terminal.print(IngestReport.render(summary, store: storeOptions.path))
            let statistics = try store.statistics()
            let found = try FoundReport.render(store, statistics: statistics)
            if !found.isEmpty { Terminal.print("\n" + found) }
            Terminal.print("")
            Terminal.print(StatisticsReport.render(statistics))
            if summary.hasFailures { throw ExitCode(1) }
        }
    }
}
