/// Why a set of plugins cannot be put in an order: found at start-up, before any document is read.
public enum PluginOrderingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Two plugins share an id.
    case duplicateID(String)
    /// A plugin needs a kind of annotation that no other plugin produces and the pipeline does not
    /// provide.
    case unmetNeed(plugin: String, need: String)
    /// Plugins that each need what the next one produces, the first repeated at the end.
    case cycle([String])

    public var description: String {
        switch self {
        case .duplicateID(let id):
            return "plugin id \(id) is registered twice; give one of them a new id or disable it in docgraph.yaml"
        case .unmetNeed(let plugin, let need):
            return "plugin \(plugin) needs '\(need)', which no plugin produces; "
                + "enable a plugin that produces it or disable \(plugin) in docgraph.yaml"
        case .cycle(let plugins):
            return "plugins \(plugins.joined(separator: " → ")) form a cycle (each needs what the next produces); "
                + "remove one of those needs"
        }
    }
}
