import ArgumentParser
import DocGraphEvaluation
import DocGraphStore
import Foundation

/// `docgraph eval`: scores the store against a hand annotation file, kind by kind.
struct EvalCommand: ParsableCommand {
    /// How the report is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the store against hand annotations: precision, recall and F1 per kind, strict and lenient.",
        discussion: """
            People and organisations are scored as (entity, document) pairs; meetings, decisions, \
            commitments and follow-ups one to one. Only the documents the gold file lists are scored, \
            matched to stored documents by file name. docs/evaluation.md gives the rules.

            Examples:
              docgraph eval --gold ../shared/gold/seeds-dev.json
              docgraph eval --gold ../shared/gold/seeds-dev.json --show-errors
              docgraph eval --gold annotations.json --store panel.sqlite --format json

            The exit status is 0 when scoring worked, however low the figures, and 1 when the gold \
            file or the store cannot be used.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: ArgumentHelp(
        "The annotation file, in the shape of ../shared/gold/seeds-dev.json.", valueName: "file"))
    var gold: String

    @Option(name: .long, help: "Output format: table or json.")
    var format: Format = .table

    @Flag(name: .long, help: "List what was missed and what was spurious, kind by kind (table format).")
    var showErrors = false

    func run() throws {
        try CommandFailure.reporting {
            let annotations: GoldStandard
            do {
                annotations = try GoldStandard.load(from: gold)
            } catch let error as GoldStandardError {
                throw CommandFailure(error.description)
            }
            let store = try storeOptions.open(readOnly: true)
            let report: EvaluationReport
            do {
                report = try Evaluator(gold: annotations, goldName: gold, storeName: storeOptions.path).evaluate(store)
            } catch let error as EvaluationError {
                throw CommandFailure(error.description)
            } catch let error as StoreError {
                throw CommandFailure(error.description)
            }
            switch format {
            case .table:
                Terminal.print(EvaluationReportRenderer(showErrors: showErrors).render(report))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                Terminal.print(String(decoding: try encoder.encode(report), as: UTF8.self))
            }
        }
    }
}
