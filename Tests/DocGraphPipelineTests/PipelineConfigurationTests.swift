import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport
import Foundation
import Testing

/// Reading docgraph.yaml, with each mistake pinned whole.
@Suite struct PipelineConfigurationTests {
    private func write(_ yaml: String) throws -> URL {
        let folder = try SharedPaths.temporaryDirectory()
        let url = folder.appendingPathComponent("docgraph.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The message loading the YAML throws, with the file's path shown as `FILE`.
    private func error(_ yaml: String) throws -> String {
        let url = try write(yaml)
        do {
            _ = try PipelineConfiguration.load(from: url)
            return "no error"
        } catch {
            return error.description.replacingOccurrences(of: url.path, with: "FILE")
        }
    }

    @Test func withoutAFileTheDefaultsApply() throws {
        let folder = try SharedPaths.temporaryDirectory()
        let configuration = try PipelineConfiguration.load(path: nil, in: folder)
        #expect(configuration == PipelineConfiguration())
        #expect(configuration.isEnabled("people.v1", kind: .extractor))
    }

    @Test func theFileInTheFolderIsFound() throws {
        let url = try write("plugins:\n  disable: [people.v1]\n")
        let configuration = try PipelineConfiguration.load(path: nil, in: url.deletingLastPathComponent())
        #expect(configuration.file == url)
        #expect(!configuration.isEnabled("people.v1", kind: .extractor))
    }

    @Test func aGivenPathMustExist() throws {
        let folder = try SharedPaths.temporaryDirectory()
        #expect(throws: ConfigurationError(
            file: folder.appendingPathComponent("nope.yaml").path, line: nil, message: "does not exist; check the --config path")) {
            try PipelineConfiguration.load(path: "nope.yaml", in: folder)
        }
    }

    @Test func everySettingIsRead() throws {
        let url = try write("""
            # Plugins for the minutes archive.
            plugins:
              enable: [core.v1, minutes.v1, money.v1]
              disable: people.v1
              options:
                core.v1: {strict: true}
              rule-packs:
                - packs/minutes
              external:
                - id: money.v1
                  command: python3
                  args: [plugins/money.py, --fast]
                  timeout: 2.5
                  needs: [tokens]
                  produces: [MONEY]
                  options: {currency: GBP}
                  max-line-bytes: 1000
            """)
        let configuration = try PipelineConfiguration.load(from: url)
        let folder = url.deletingLastPathComponent()
        #expect(configuration.enabled == ["core.v1", "minutes.v1", "money.v1"])
        #expect(configuration.disabled == ["people.v1"])
        #expect(configuration.options == ["core.v1": ["strict": true]])
        #expect(configuration.rulePacks == [folder.appendingPathComponent("packs/minutes").standardizedFileURL])
        #expect(configuration.externalPlugins == [ExternalPluginConfiguration(
            id: "money.v1", command: "python3", arguments: ["plugins/money.py", "--fast"], directory: folder,
            timeout: 2.5, needs: ["tokens"], produces: ["MONEY"], options: ["currency": "GBP"], maxLineBytes: 1000)])
        #expect(configuration.references == [
            PluginReference(id: "core.v1", line: 3, setting: "enable"),
            PluginReference(id: "minutes.v1", line: 3, setting: "enable"),
            PluginReference(id: "money.v1", line: 3, setting: "enable"),
            PluginReference(id: "people.v1", line: 4, setting: "disable"),
            PluginReference(id: "core.v1", line: 6, setting: "options"),
        ])
        #expect(configuration.isEnabled("minutes.v1", kind: .extractor))
        #expect(!configuration.isEnabled("people.v1", kind: .extractor))
        #expect(!configuration.isEnabled("names.v1", kind: .extractor))
        #expect(configuration.isEnabled("html-reader.v1", kind: .reader))
    }

    @Test func optionsLayOverTheManifestDefaults() throws {
        let configuration = try PipelineConfiguration.load(from: write("plugins:\n  options:\n    x.v1: {b: 3}\n"))
        let manifest = PluginManifest(id: "x.v1", name: "X", summary: "", kind: .extractor, options: ["a": 1, "b": 2])
        #expect(configuration.options(for: manifest) == ["a": 1, "b": 3])
    }

    @Test func mistakesAreReportedWithTheirLine() throws {
        #expect(try error("plugin:\n  disable: [x.v1]\n")
            == "FILE:1: unknown key 'plugin' in docgraph.yaml; expected one of plugins")
        #expect(try error("plugins:\n  disabled: [x.v1]\n")
            == "FILE:2: unknown key 'disabled' in plugins; expected one of enable, disable, options, rule-packs, external")
        #expect(try error("plugins:\n  disable: [x.v1\n")
            == "FILE:3: is not valid YAML: did not find expected ',' or ']' while parsing a flow sequence")
        #expect(try error("plugins:\n  options:\n    x.v1: 3\n") == "FILE:3: the options of x.v1 must be a mapping of names to values")
        #expect(try error("plugins:\n  external:\n    - id: money.v1\n      produces: [MONEY]\n")
            == "FILE:3: the external plugin has no 'command'")
        #expect(try error("plugins:\n  external:\n    - id: money\n      command: m\n      produces: [MONEY]\n")
            == "FILE:3: id 'money' must end in a version, such as money.v1")
        #expect(try error("plugins:\n  external:\n    - id: m.v1\n      command: m\n      produces: [M]\n      timeout: -1\n")
            == "FILE:6: timeout must be a number of seconds above 0")
        #expect(try error("plugins:\n  external:\n    - id: m.v1\n      command: m\n      produces: [M]\n      timeout: soon\n")
            == "FILE:6: timeout must be a number")
        #expect(try error("plugins:\n  external:\n    - id: m.v1\n      command: m\n      produce: [M]\n")
            == "FILE:5: unknown key 'produce' in an external plugin; expected one of id, name, summary, command, args, "
            + "timeout, needs, produces, options, max-line-bytes, failures-before-disabling, stderr-bytes")
    }
}
