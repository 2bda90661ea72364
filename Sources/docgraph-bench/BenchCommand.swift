import ArgumentParser

/// `docgraph-bench`: makes benchmark corpora and graphs and times docgraph on them. Kept apart
/// from `docgraph` so the tool users run stays about their documents.
///
/// Its entry point is synchronous (the ingest waits for the asynchronous pipeline on a
/// semaphore), so the tool runs under valgrind, which stops on the parked main thread of an
/// asynchronous entry point.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docgraph-bench",
        abstract: "Generate benchmark corpora and graphs, and time docgraph's ingestion and queries on them.",
        discussion: """
            Examples:
              docgraph-bench generate --documents 10000 --seed 1 --output bench/out/corpus-10000
              docgraph-bench ingest bench/out/corpus-10000 --store bench/out/ingest.sqlite
              docgraph-bench graph --store bench/out/graph.sqlite --csv bench/out/graph-csv
              docgraph-bench query --store bench/out/graph.sqlite --runs 50

            bench/run.py runs them all and compares with spaCy and Kùzu; see bench/README.md.
            """,
        subcommands: [GenerateCommand.self, GraphCommand.self, IngestBenchCommand.self, QueryBenchCommand.self]
    )
}
