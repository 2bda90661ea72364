import ArgumentParser
import DocGraphQuery
import DocGraphStore
import Foundation

/// `docgraph shell`: an interactive prompt for Cypher queries.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Ask the graph questions interactively, in Cypher.",
        discussion: """
            A query may span lines and ends with ';'. Commands start with ':' — \
            :help, :format table|json|jsonl|csv, :history, :quit. Queries are kept in \
            ~/.docgraph_history.

            Examples:
              docgraph shell
              docgraph shell --store panel.sqlite --read-only
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Flag(name: .long, help: "Refuse any query that would change the graph.")
    var readOnly = false

    func run() throws {
        try CommandFailure.reporting {
            let store = try storeOptions.open()
            var session = ShellSession(engine: QueryEngine(store: store), readOnly: readOnly, history: ShellHistory.default())
            session.run()
        }
    }
}
