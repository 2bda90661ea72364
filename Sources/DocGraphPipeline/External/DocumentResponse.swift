import DocGraphKit

/// The line a plugin writes back for a document: `type` `result` with its mentions, facts and
/// warnings, or `type` `error` with a message. Every offset counts Unicode scalars.
struct DocumentResponse: Decodable {
    /// A mention the plugin found. `id` is the plugin's own, for its facts to refer to.
    struct FoundMention: Decodable {
        var id: String?
        var label: String
        var start: Int
        var end: Int
        /// When given, it must equal the text between the offsets: a check that the plugin
        /// counted Unicode scalars.
        var text: String?
        var key: String?
        var properties: Properties?
        var confidence: Double?
    }

    /// A relationship between two mentions: the plugin's own (by its `id`) or earlier ones.
    struct FoundFact: Decodable {
        var type: String
        var from: String
        var to: String
        var properties: Properties?
        /// The evidence; when left out, the sentence holding both mentions.
        var start: Int?
        var end: Int?
        var confidence: Double?
    }

    var type: String
    var `protocol`: Int?
    /// The id of the document answered.
    var id: String
    var mentions: [FoundMention]?
    var facts: [FoundFact]?
    var warnings: [String]?
    /// With `type` `error`: why the plugin could not handle the document.
    var message: String?
}
