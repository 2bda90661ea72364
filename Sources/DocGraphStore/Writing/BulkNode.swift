import DocGraphKit

/// A node for ``GraphStore/bulkInsert(nodes:)``: labels, an optional resolution key (unique in
/// the store when given) and properties.
public struct BulkNode: Sendable, Equatable {
    public var labels: [String]
    public var key: String?
    public var properties: Properties

    public init(labels: [String], key: String?, properties: Properties) {
        self.labels = labels
        self.key = key
        self.properties = properties
    }
}
