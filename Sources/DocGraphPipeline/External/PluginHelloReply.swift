/// The first line a plugin writes: `{"type": "hello", "protocol": 1}`, optionally with its name.
struct PluginHelloReply: Decodable {
    var type: String
    var `protocol`: Int
    var name: String?
}
