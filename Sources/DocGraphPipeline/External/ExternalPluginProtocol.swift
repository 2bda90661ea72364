/// The version of the JSON-lines protocol docgraph speaks with external plugins
/// (docs/plugins.md). A plugin answers the hello with the version it speaks; a different
/// version is refused.
enum ExternalPluginProtocol {
    static let version = 1
}
