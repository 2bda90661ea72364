/// A plugin id written in `docgraph.yaml`, with where, so an id that names no plugin can be
/// reported at its line once every plugin is known.
public struct PluginReference: Hashable, Sendable {
    public var id: String
    /// The 1-based line of `docgraph.yaml` it is on.
    public var line: Int
    /// The setting it appears under: `enable`, `disable` or `options`.
    public var setting: String

    public init(id: String, line: Int, setting: String) {
        self.id = id
        self.line = line
        self.setting = setting
    }
}
