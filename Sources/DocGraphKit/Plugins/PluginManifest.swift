/// What a plugin is and what it trades in: the pipeline orders plugins by it, `docgraph plugins`
/// lists it, and the pipeline checks that a plugin produces only what it declares.
///
/// `needs` and `produces` name annotation kinds: `sentences`, `tokens`, a mention label such as
/// `Person` or `TITLE`, or a relationship type such as `ATTENDED`.
public struct PluginManifest: Hashable, Sendable, Codable {
    /// A versioned id such as `people.v1`: a new major behaviour gets a new id.
    public var id: String
    public var name: String
    public var summary: String
    public var kind: PluginKind
    public var needs: [String]
    public var produces: [String]
    /// Options the plugin reads, with their defaults; `docgraph.yaml` may override them.
    public var options: Properties
    /// Where the plugin comes from: `builtin`, `rule-pack` or `external`.
    public var origin: String

    public init(
        id: String, name: String, summary: String, kind: PluginKind, needs: [String] = [],
        produces: [String] = [], options: Properties = [:], origin: String = "builtin"
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.kind = kind
        self.needs = needs
        self.produces = produces
        self.options = options
        self.origin = origin
    }

    /// The version number at the end of the id (`people.v1` is 1); 0 when the id has none.
    public var version: Int {
        guard let dot = id.lastIndex(of: "."), id[id.index(after: dot)...].hasPrefix("v"),
              let number = Int(id[id.index(dot, offsetBy: 2)...]) else { return 0 }
        return number
    }

    /// Annotation kinds the pipeline itself provides before any extractor runs.
    public static let pipelineProvided = ["document", "blocks", "sentences", "tokens"]
}
