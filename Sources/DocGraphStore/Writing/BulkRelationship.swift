import DocGraphKit

/// A relationship for ``GraphStore/bulkInsert(relationships:owner:)``, between stored node ids.
public struct BulkRelationship: Sendable, Equatable {
    public var type: String
    public var start: Int64
    public var end: Int64
    public var properties: Properties

    public init(type: String, start: Int64, end: Int64, properties: Properties) {
        self.type = type
        self.start = start
        self.end = end
        self.properties = properties
    }
}
