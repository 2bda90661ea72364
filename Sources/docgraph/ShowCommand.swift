import ArgumentParser
import DocGraphPipeline
import DocGraphStore
import Foundation

/// `docgraph show`: one person, organisation or place with its aliases, titles, roles and every
/// spelling it was seen under, so a resolution can be checked.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a person, organisation or place: aliases, titles, roles, and where each spelling was seen.",
        discussion: """
            NAME is matched against names and aliases, ignoring case and punctuation. An unknown \
            name says so and suggests the closest known ones. Exit status: 0 found, 1 not found \
            or no store.

            Examples:
              docgraph show "Jane Smith"
              docgraph show HMIC --format json
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The name or alias to look up.", valueName: "name"))
    var name: String

    @Option(name: .long, help: "Output format: text or json.")
    var format: ShowFormat = .text

    func run() throws {
        try CommandFailure.reporting {
            let lookup = EntityLookup(reader: try storeOptions.open(readOnly: true))
            let reports = try lookup.reports(named: name)
            guard !reports.isEmpty else {
                throw CommandFailure(Self.notFound(name, suggestions: try lookup.suggestions(for: name)))
            }
            switch format {
            case .text:
                Terminal.print(reports.map(ShowReport.render).joined(separator: "\n"))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                Terminal.print(String(decoding: try encoder.encode(reports), as: UTF8.self))
            }
        }
    }

    /// The message for a name nobody has, with the closest known names when there are any.
    static func notFound(_ name: String, suggestions: [String]) -> String {
        let known = suggestions.isEmpty ? "" : "; closest known: " + suggestions.joined(separator: ", ")
        return "no person, organisation or place is named '\(name)'\(known)"
    }
}

enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
