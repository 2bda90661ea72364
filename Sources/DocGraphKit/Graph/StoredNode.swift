/// A node as the store holds it.
public struct StoredNode: Hashable, Sendable, Codable {
    public var id: Int64
    public var labels: [String]
    public var properties: Properties
    public var key: String?

    public init(id: Int64, labels: [String], properties: Properties, key: String? = nil) {
        self.id = id
        self.labels = labels
        self.properties = properties
        self.key = key
    }

    /// The `name` property, or `title`, or `text`: what to call the node in a listing.
    public var displayName: String {
        for key in ["name", "title", "text"] {
            if let value = properties[key]?.stringValue { return value }
        }
        return "#\(id)"
    }
}
