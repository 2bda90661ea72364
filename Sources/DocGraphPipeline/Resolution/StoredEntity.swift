import DocGraphKit

/// What resolution compares of a node, stored or about to be: its key, names and context.
struct StoredEntity: Sendable {
    var id: Int64?
    var key: String
    var name: String
    var aliases: [String]
    var kind: String?
    /// Titles and role titles, lower-cased.
    var context: Set<String>
    /// Keys of the bodies the entity's roles are held in.
    var bodies: Set<String> = []
    /// The name, normalised as keys are.
    let normalisedName: String
    /// The name and aliases, normalised as keys are.
    let normalisedNames: Set<String>

    init(_ node: StoredNode) {
        self.init(id: node.id, key: node.key ?? "", properties: node.properties)
    }

    init(_ node: GraphNode) {
        self.init(id: nil, key: node.key ?? node.localID, properties: node.properties)
    }

    private init(id: Int64?, key: String, properties: Properties) {
        self.id = id
        self.key = key
        name = properties["name"]?.stringValue ?? ""
        aliases = properties["aliases"]?.stringList ?? []
        kind = properties["kind"]?.stringValue
        let titles = (properties["titles"]?.stringList ?? []) + (properties["roles"]?.stringList ?? [])
        context = Set(titles.map { $0.lowercased() })
        normalisedName = NameKey.normalise(name)
        normalisedNames = Set(([normalisedName] + aliases.map(NameKey.normalise)).filter { !$0.isEmpty })
    }
}
