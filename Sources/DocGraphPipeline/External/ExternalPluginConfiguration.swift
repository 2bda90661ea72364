import DocGraphKit
import Foundation

/// An external plugin as `docgraph.yaml` declares it: the command to run and what it trades in.
public struct ExternalPluginConfiguration: Hashable, Sendable {
    /// A versioned id such as `money.v1`.
    public var id: String
    public var name: String
    public var summary: String
    /// The program: a name looked up on PATH (`python3`), or a path, relative to
    /// `directory` when it is not absolute (`./plugins/money.py`).
    public var command: String
    public var arguments: [String]
    /// The folder the process runs in and relative commands are found from: the folder of
    /// `docgraph.yaml`.
    public var directory: URL?
    /// The longest the plugin may take over one document (and over the hello), in seconds.
    public var timeout: Double
    public var needs: [String]
    public var produces: [String]
    public var options: Properties
    /// The longest line the plugin may write; a longer one is stdout flooding.
    public var maxLineBytes: Int
    /// How many documents in a row may fail before the plugin is disabled for the rest of the run.
    public var failuresBeforeDisabling: Int
    /// How much of the plugin's stderr is kept for warnings, in bytes.
    public var stderrBytes: Int

    public init(
        id: String, name: String? = nil, summary: String? = nil, command: String, arguments: [String] = [],
        directory: URL? = nil, timeout: Double = 30, needs: [String] = [], produces: [String],
        options: Properties = [:], maxLineBytes: Int = 16 << 20, failuresBeforeDisabling: Int = 3,
        stderrBytes: Int = 64 << 10
    ) {
        self.id = id
        self.name = name ?? id
        self.summary = summary ?? "runs \(([command] + arguments).joined(separator: " "))"
        self.command = command
        self.arguments = arguments
        self.directory = directory
        self.timeout = timeout
        self.needs = needs
        self.produces = produces
        self.options = options
        self.maxLineBytes = maxLineBytes
        self.failuresBeforeDisabling = failuresBeforeDisabling
        self.stderrBytes = stderrBytes
    }

    /// The manifest the plugin runs under: origin `external`.
    public var manifest: PluginManifest {
        PluginManifest(
            id: id, name: name, summary: summary, kind: .extractor, needs: needs, produces: produces, options: options,
            origin: "external")
    }

    /// The program to start: a path as given, or the first match of a bare name on PATH.
    func executable() throws(ExternalPluginFailure) -> URL {
        let manager = FileManager.default
        if command.contains("/") {
            let url = FilePaths.resolve(command, against: directory)
            guard manager.isExecutableFile(atPath: url.path) else {
                throw .cannotStart("'\(url.path)' is not an executable file")
            }
            return url
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(command)
            if manager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw .cannotStart("command '\(command)' was not found on PATH")
    }
}
