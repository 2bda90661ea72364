import ArgumentParser
import BuiltinRulePacks
import DocGraphBuiltins
import DocGraphPipeline
import Foundation

/// `docgraph plugins`: lists every plugin (built in, rule packs, external) with its version,
/// kind, origin, whether it runs, and what it needs and produces.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List every plugin: built in, rule packs and external, with what each needs and produces.",
        discussion: """
            Reads ./docgraph.yaml (or the file --config names) for rule packs, external plugins and \
            which plugins are disabled, and checks it: a mistake is reported with its file and line. \
            docs/plugins.md describes how to write each kind of plugin.

            Examples:
              docgraph plugins
              docgraph plugins --format json
              docgraph plugins --config minutes/docgraph.yaml
            """)

    @Option(name: .long, help: "Output format: table or json.")
    var format: PluginsFormat = .table

    @Option(name: .long, help: ArgumentHelp("The docgraph.yaml to read (default: ./docgraph.yaml if there is one).", valueName: "path"))
    var config: String?

    func run() throws {
        try CommandFailure.reporting {
            let catalog: PluginCatalog
            do {
                let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                let configuration = try PipelineConfiguration.load(path: config, in: directory)
                catalog = try PluginCatalog(
                    builtins: Builtins.registry(), builtinRulePacks: BuiltinRulePacks.all, configuration: configuration)
            } catch {
                throw CommandFailure("\(error)")
            }
            switch format {
            case .table: Terminal.print(String(PluginListing.table(catalog.listing).dropLast()))
            case .json: Terminal.print(String(try PluginListing.json(catalog.listing).dropLast()))
            }
            do {
                _ = try PluginSelection(catalog: catalog)
            } catch {
                throw CommandFailure("\(error)")
            }
        }
    }
}

enum PluginsFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
