import ArgumentParser

/// The `docgraph` command: turns newsletters and reports into a knowledge graph and answers
/// questions about it. It parses arguments and prints; the work is done by the library modules.
@main
struct DocGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docgraph",
        abstract: "Turn newsletters and reports into a knowledge graph, with evidence for every fact.",
        discussion: """
            Examples:
              docgraph ingest seeds            read the seed documents into ./docgraph.sqlite
              docgraph link                    link follow-ups again after ingests with --no-link
              docgraph stats                   count what the store holds
              docgraph query "MATCH (p:Person) RETURN p.name LIMIT 5"
              docgraph export --format jsonl   write the graph as JSON lines
              docgraph met "Jane Smith"        every meeting a person or organisation attended
              docgraph commitments             list what was promised and where it stands
              docgraph trace --all             follow each commitment to what became of it
              docgraph plugins                 list the plugins, what each needs and produces
              docgraph show "Jane Smith"  a person with aliases, roles and where each was seen

            The store is ./docgraph.sqlite unless --store or DOCGRAPH_STORE says otherwise.
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self,
            LinkCommand.self,
            StatsCommand.self,
            QueryCommand.self,
            ShellCommand.self,
            EvalCommand.self,
            MetCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            PluginsCommand.self,
            ShowCommand.self,
            CommitmentsCommand.self,
            TraceCommand.self,
        ]
    )
}
