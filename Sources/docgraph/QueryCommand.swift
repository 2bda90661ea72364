import ArgumentParser
import DocGraphQuery
import DocGraphStore
import Foundation

/// `docgraph query`: runs one Cypher query against the store.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a Cypher query against the store.",
        discussion: """
            The query is the argument, the contents of --file, or standard input when the \
            argument is '-'. Put EXPLAIN before a query to see its SQL and SQLite's plan. \
            Writes (CREATE, MERGE, SET, REMOVE, DELETE) are curation: they survive re-ingestion. \
            Exit status: 0 ok, 1 the query failed (the error says line and column), 64 usage.

            Examples:
              docgraph query "MATCH (p:Person)-[:ATTENDED]->(m:Meeting) RETURN p.name, count(m) ORDER BY count(m) DESC"
              docgraph query "MATCH (p:Person {name: \\$name}) RETURN p" --param name="Jane Smith" --format json
              docgraph query --file examples/queries/who-met-whom.cypher --format csv
              echo "CALL docgraph.search('mobile technology') YIELD node, score RETURN node.name, score" | docgraph query -
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The query, or - to read it from standard input.", valueName: "query"))
    var query: String?

    @Option(name: .long, help: ArgumentHelp("Read the query from a file.", valueName: "file"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("A parameter as name=value (repeatable); the value is a Cypher literal or text.",
                                            valueName: "name=value"))
    var param: [String] = []

    @Option(name: .long, help: "Output format: table, json, jsonl or csv.")
    var format: QueryOutputFormat = .table

    @Flag(name: .long, help: "Refuse any query that would change the graph.")
    var readOnly = false

    func validate() throws {
        if query == nil && file == nil { throw ValidationError("give a query, '-' to read one from standard input, or --file") }
        if query != nil && file != nil { throw ValidationError("give either a query or --file, not both") }
    }

    func run() throws {
        try CommandFailure.reporting {
            let text = try queryText()
            var parameters: [String: CypherValue] = [:]
            for argument in param {
                do {
                    let (name, value) = try ParameterParser.parse(argument)
                    parameters[name] = value
                } catch {
                    throw CommandFailure("--param \(argument): \(error)", exitCode: 64)
                }
            }
            let existed = FileManager.default.fileExists(atPath: storeOptions.path)
            if !existed && readOnly {
                throw CommandFailure("no store at \(storeOptions.path): run 'docgraph ingest PATH' first, or name one with --store")
            }
            let store = try storeOptions.open(create: true)
            if !existed { Terminal.error("note: created an empty store at \(storeOptions.path)") }
            let result: QueryResult
            do {
                result = try QueryEngine(store: store).run(text, parameters: parameters, options: QueryOptions(readOnly: readOnly))
            } catch let error as QueryError {
                throw CommandFailure(error.description)
            }
            for warning in result.warnings { Terminal.error(warning.description) }
            if let explanation = result.explanation {
                Terminal.print(explanation)
            } else {
                Terminal.write(ResultFormatter(format: format.resultFormat).format(result))
            }
        }
    }

    private func queryText() throws -> String {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure("cannot read \(file): no such file or not readable")
            }
            return String(decoding: data, as: UTF8.self)
        }
        if query == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        return query ?? ""
    }
}

/// The output formats `docgraph query` and `docgraph shell` offer.
enum QueryOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv

    var resultFormat: ResultFormat {
        switch self {
        case .table: return .table
        case .json: return .json
        case .jsonl: return .jsonl
        case .csv: return .csv
        }
    }
}
