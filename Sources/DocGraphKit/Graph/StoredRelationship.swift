/// A relationship as the store holds it; evidence is in its properties.
public struct StoredRelationship: Hashable, Sendable, Codable {
    public var id: Int64
    public var type: String
    public var from: Int64
    public var to: Int64
    public var properties: Properties

    public init(id: Int64, type: String, from: Int64, to: Int64, properties: Properties) {
        self.id = id
        self.type = type
        self.from = from
        self.to = to
        self.properties = properties
    }
}
