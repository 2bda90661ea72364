import DocGraphKit
import Foundation

/// What `docgraph.yaml` says about plugins: which run, their options, extra rule packs and
/// external plugins. Without a file every built-in plugin runs with its default options.
///
/// ```yaml
/// plugins:
///   disable: [meetings.v1]            # these do not run
///   enable: [core.v1, people.v1]      # if given, only these extractors and linkers run
///   options:
///     people.v1: {min-confidence: 0.6}
///   rule-packs:                       # folders, relative to this file
///     - packs/council-minutes
///   external:
///     - id: money.v1
///       command: python3
///       args: [plugins/money.py]
///       timeout: 10                   # seconds per document
///       needs: [tokens]
///       produces: [MONEY]
/// ```
public struct PipelineConfiguration: Hashable, Sendable {
    /// The name of the file looked for in the current folder.
    public static let fileName = "docgraph.yaml"

    /// The file it was read from; `nil` for the defaults.
    public var file: URL?
    /// When set, the only extractors and linkers that run (readers are not affected).
    public var enabled: Set<String>?
    public var disabled: Set<String>
    /// Options by plugin id, laid over each manifest's defaults.
    public var options: [String: Properties]
    /// Rule pack folders besides the built-in ones.
    public var rulePacks: [URL]
    public var externalPlugins: [ExternalPluginConfiguration]
    /// Every plugin id the file names, to check once all plugins are known.
    public var references: [PluginReference]

    /// The defaults: every built-in plugin, default options.
    public init() {
        file = nil
        enabled = nil
        disabled = []
        options = [:]
        rulePacks = []
        externalPlugins = []
        references = []
    }

    /// Reads the file at `path` if one is given (it must exist), else `docgraph.yaml` in
    /// `directory` if there is one, else the defaults.
    public static func load(path: String?, in directory: URL) throws(ConfigurationError) -> PipelineConfiguration {
        if let path {
            let url = FilePaths.resolve(path, against: directory)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ConfigurationError(file: url.path, line: nil, message: "does not exist; check the --config path")
            }
            return try load(from: url)
        }
        let url = directory.appendingPathComponent(fileName)
        return FileManager.default.fileExists(atPath: url.path) ? try load(from: url) : PipelineConfiguration()
    }

    /// True when a plugin is to run.
    public func isEnabled(_ id: String, kind: PluginKind) -> Bool {
        if disabled.contains(id) { return false }
        guard let enabled, kind != .reader else { return true }
        return enabled.contains(id)
    }

    /// A plugin's options: its manifest's defaults with the file's values laid over them.
    public func options(for manifest: PluginManifest) -> Properties {
        manifest.options.merging(options[manifest.id] ?? [:]) { _, configured in configured }
    }
}
