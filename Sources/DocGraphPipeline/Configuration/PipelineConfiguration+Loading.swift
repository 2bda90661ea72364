import DocGraphKit
import Foundation

extension PipelineConfiguration {
    static let pluginKeys = ["enable", "disable", "options", "rule-packs", "external"]
    static let externalKeys = [
        "id", "name", "summary", "command", "args", "timeout", "needs", "produces", "options", "max-line-bytes",
        "failures-before-disabling", "stderr-bytes",
    ]

    /// Reads a `docgraph.yaml`.
    ///
    /// - Throws: ``ConfigurationError`` with the file and line of the first mistake.
    public static func load(from url: URL) throws(ConfigurationError) -> PipelineConfiguration {
        let file = url.path
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: file, line: nil, message: "cannot be read as UTF-8 text")
        }
        var configuration = PipelineConfiguration()
        configuration.file = url
        guard let root = try YAMLValue.parse(text, file: file) else { return configuration }
        let directory = url.deletingLastPathComponent()
        guard let plugins = try root.mapping(fileName, allowed: ["plugins"])["plugins"], !plugins.isNull else {
            return configuration
        }
        let keys = try plugins.mapping("plugins", allowed: pluginKeys)
        if let enable = keys["enable"] {
            let ids = try references(enable, setting: "enable")
            configuration.enabled = Set(ids.map(\.id))
            configuration.references += ids
        }
        if let disable = keys["disable"] {
            let ids = try references(disable, setting: "disable")
            configuration.disabled = Set(ids.map(\.id))
            configuration.references += ids
        }
        if let options = keys["options"], !options.isNull {
            for (id, line, value) in try options.entries("options") {
                configuration.options[id] = try value.properties("the options of \(id)")
                configuration.references.append(PluginReference(id: id, line: line, setting: "options"))
            }
        }
        for item in try keys["rule-packs"]?.list("rule-packs") ?? [] {
            let path = try item.string("each item of rule-packs")
            configuration.rulePacks.append(FilePaths.resolve(path, against: directory))
        }
        for item in try keys["external"]?.list("external") ?? [] {
            configuration.externalPlugins.append(try externalPlugin(item, directory: directory))
        }
        return configuration
    }

    private static func references(_ value: YAMLValue, setting: String) throws(ConfigurationError) -> [PluginReference] {
        if value.isNull { return [] }
        let items = value.isSequence ? try value.list(setting) : [value]
        var result: [PluginReference] = []
        for item in items {
            result.append(PluginReference(id: try item.string("each id of \(setting)"), line: item.line, setting: setting))
        }
        return result
    }

    private static func externalPlugin(_ item: YAMLValue, directory: URL) throws(ConfigurationError) -> ExternalPluginConfiguration {
        let keys = try item.mapping("an external plugin", allowed: externalKeys)
        func required(_ key: String) throws(ConfigurationError) -> YAMLValue {
            guard let value = keys[key] else { throw item.error("the external plugin has no '\(key)'") }
            return value
        }
        let idValue = try required("id")
        let id = try idValue.string("id")
        guard PluginID.isVersioned(id) else { throw idValue.error("id '\(id)' must end in a version, such as \(id).v1") }
        let produces = try required("produces").strings("produces")
        guard !produces.isEmpty else { throw try required("produces").error("produces lists nothing") }
        var plugin = ExternalPluginConfiguration(
            id: id, name: try keys["name"]?.string("name"), summary: try keys["summary"]?.string("summary"),
            command: try required("command").string("command"), arguments: try keys["args"]?.strings("args") ?? [],
            directory: directory, needs: try keys["needs"]?.strings("needs") ?? [], produces: produces,
            options: try keys["options"]?.properties("options") ?? [:])
        if let timeout = keys["timeout"] {
            plugin.timeout = try timeout.number("timeout")
            guard plugin.timeout > 0 else { throw timeout.error("timeout must be a number of seconds above 0") }
        }
        if let value = keys["max-line-bytes"] { plugin.maxLineBytes = try positive(value, "max-line-bytes") }
        if let value = keys["failures-before-disabling"] { plugin.failuresBeforeDisabling = try positive(value, "failures-before-disabling") }
        if let value = keys["stderr-bytes"] { plugin.stderrBytes = try positive(value, "stderr-bytes") }
        return plugin
    }

    private static func positive(_ value: YAMLValue, _ name: String) throws(ConfigurationError) -> Int {
        let number = try value.number(name)
        guard number >= 1, number.rounded() == number, number < Double(Int.max) else {
            throw value.error("\(name) must be a whole number above 0")
        }
        return Int(number)
    }
}
