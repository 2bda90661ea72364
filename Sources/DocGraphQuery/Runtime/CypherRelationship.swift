/// A relationship in a result. Equal when the ids are equal.
public struct CypherRelationship: Hashable, Sendable {
    public var id: Int64
    public var type: String
    public var startID: Int64
    public var endID: Int64
    public var properties: [String: CypherValue]

    public init(id: Int64, type: String = "", startID: Int64 = 0, endID: Int64 = 0, properties: [String: CypherValue] = [:]) {
        self.id = id
        self.type = type
        self.startID = startID
        self.endID = endID
        self.properties = properties
    }

    public static func == (lhs: CypherRelationship, rhs: CypherRelationship) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
