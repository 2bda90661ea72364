import DocGraphBuiltins
import DocGraphPipeline
import Foundation

/// The plugins a `docgraph.yaml` chooses and the pipeline they make, loaded the same way by
/// `ingest` and `link`.
struct ConfiguredPipeline {
    let selection: PluginSelection
    let pipeline: IngestPipeline

    /// Loads the configuration at `config` (default: ./docgraph.yaml if there is one); a bad
    /// configuration or plugin is a failure that says what and where.
    static func load(config: String?, options: IngestOptions) throws -> ConfiguredPipeline {
        let selection: PluginSelection
        do {
            let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let configuration = try PipelineConfiguration.load(path: config, in: directory)
            selection = try Builtins.selection(configuration: configuration, log: { Terminal.error("plugin: \($0)") })
        } catch {
            throw CommandFailure("\(error)")
        }
        do {
            return ConfiguredPipeline(selection: selection, pipeline: try Builtins.pipeline(options: options, selection: selection))
        } catch {
            selection.shutdown()
            throw error
        }
    }
}
