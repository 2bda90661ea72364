/// A node in a result. Equal when the ids are equal: a node is an identity, not a value.
public struct CypherNode: Hashable, Sendable {
    public var id: Int64
    public var labels: [String]
    public var properties: [String: CypherValue]

    public init(id: Int64, labels: [String] = [], properties: [String: CypherValue] = [:]) {
        self.id = id
        self.labels = labels
        self.properties = properties
    }

    public static func == (lhs: CypherNode, rhs: CypherNode) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
