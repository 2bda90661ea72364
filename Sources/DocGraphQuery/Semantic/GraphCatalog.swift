/// The labels, relationship types and property keys a store holds (plus the schema's own
/// vocabulary), so the binder can warn about names that match nothing.
public struct GraphCatalog: Sendable, Equatable {
    public var labels: Set<String>
    public var relationshipTypes: Set<String>
    public var propertyKeys: Set<String>
    /// False for an empty store, where every name would be unknown and warnings say nothing.
    public var hasData: Bool

    public init(labels: Set<String> = [], relationshipTypes: Set<String> = [], propertyKeys: Set<String> = [], hasData: Bool = false) {
        self.labels = labels
        self.relationshipTypes = relationshipTypes
        self.propertyKeys = propertyKeys
        self.hasData = hasData
    }

    /// No names known: the binder warns about nothing.
    public static let empty = GraphCatalog()
}
