import ArgumentParser
import DocGraphQuery
import DocGraphStore
import Foundation

/// `docgraph export`: writes the graph, or part of it, in a format other tools open.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph in a format other tools open.",
        discussion: """
            Formats:
              jsonl     JSON lines in Neo4j APOC's shape (docs/graph-schema.md); 'docgraph import' reads it back
              popolo    Popolo JSON: persons, organizations, memberships, posts, events
              graphml   for Gephi and yEd
              dot       for Graphviz (documents and MENTIONED_IN left out unless --label Document)
              cypher    CREATE statements for Neo4j or 'docgraph query --file'
              csv       nodes.csv and relationships.csv for neo4j-admin import (--output names a folder)

            Examples:
              docgraph export --format jsonl > graph.jsonl
              docgraph export --format popolo --output people.json
              docgraph export --format dot --label Person --label Meeting | dot -Tsvg > meetings.svg
              docgraph export --format csv --output neo4j-import/
              docgraph export --format graphml --document 004_94bf3c743eff976e.txt --output july.graphml
              docgraph export --format jsonl --query "MATCH p = (:Person)-[:ATTENDED]->(:Meeting) RETURN p"
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "The format: jsonl, popolo, graphml, dot, cypher or csv.")
    var format: ExportFormat = .jsonl

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file (a folder for csv) instead of standard output.", valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Keep only nodes with this label (repeatable).", valueName: "label"))
    var label: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Keep only what this document mentions, by file name, path or sha256 (repeatable).", valueName: "document"))
    var document: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Keep only the nodes and relationships this Cypher query returns (read-only).", valueName: "cypher"))
    var query: String?

    func validate() throws {
        if format == .csv && output == nil {
            throw ValidationError("csv writes two files: name a folder for them with --output")
        }
    }

    func run() throws {
        try CommandFailure.reporting {
            let store = try storeOptions.open()
            var selection = ExportSelection(labels: label, documents: document)
            if let query {
                do {
                    let result = try QueryEngine(store: store).run(query, options: QueryOptions(readOnly: true))
                    let elements = result.elementIDs
                    selection.nodeIDs = elements.nodes
                    selection.relationshipIDs = elements.relationships
                } catch let error as QueryError {
                    throw CommandFailure("--query: \(error)")
                }
            }
            do {
                try write(store: store, selection: selection)
            } catch let error as StoreError {
                throw CommandFailure(error.description)
            }
        }
    }

    private func write(store: GraphStore, selection: ExportSelection) throws {
        if format == .csv {
            let folder = URL(fileURLWithPath: output ?? ".")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw CommandFailure("cannot create the folder \(folder.path)")
            }
            let files = CSVExporter().export(try store.snapshot(selection))
            for (name, text) in [("nodes.csv", files.nodes), ("relationships.csv", files.relationships)] {
                let sink = try OutputSink(path: folder.appendingPathComponent(name).path)
                sink.write(text)
                sink.close()
            }
            return
        }
        let sink = try OutputSink(path: output)
        defer { sink.close() }
        switch format {
        case .jsonl:
            if selection.isEverything {
                try JSONLinesExporter().export(store) { try sink.writeLine($0) }
            } else {
                try JSONLinesExporter().export(try store.snapshot(selection)) { try sink.writeLine($0) }
            }
        case .popolo:
            try sink.writeLine(PopoloExporter().export(try store.snapshot(selection)))
        case .graphml:
            try GraphMLExporter().export(try store.snapshot(selection)) { try sink.writeLine($0) }
        case .dot:
            try DotExporter().export(try store.snapshot(selection), includeDocuments: label.contains("Document")) {
                try sink.writeLine($0)
            }
        case .cypher:
            try CypherExporter().export(try store.snapshot(selection)) { try sink.writeLine($0) }
        case .csv:
            break
        }
    }
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, popolo, graphml, dot, cypher, csv
}
