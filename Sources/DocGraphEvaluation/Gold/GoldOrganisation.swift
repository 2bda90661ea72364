/// A named body and the documents it appears in. Scored as (organisation, document) pairs.
public struct GoldOrganisation: Hashable, Sendable, Codable {
    public var name: String
    /// Other names that count as this body: acronyms, short forms.
    public var aliases: [String]
    /// police force, council, charity, ... as GRAPH_SCHEMA.md lists; not scored.
    public var kind: String?
    /// File names of the documents the body appears in.
    public var docs: [String]

    public init(name: String, aliases: [String] = [], kind: String? = nil, docs: [String]) {
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.docs = docs
    }

    /// The name and every alias.
    public var variants: [String] { [name] + aliases }
}
