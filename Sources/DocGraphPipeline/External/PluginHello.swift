import DocGraphKit

/// The first line docgraph writes to a plugin: who is calling, in which protocol version, and
/// the plugin's options.
struct PluginHello: Encodable {
    var type = "hello"
    var `protocol` = ExternalPluginProtocol.version
    var docgraph = DocGraphKit.version
    /// The plugin's id as docgraph.yaml declares it.
    var plugin: String
    var options: Properties
}
