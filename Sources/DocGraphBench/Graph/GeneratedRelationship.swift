import DocGraphKit

/// A relationship of a generated graph, between node numbers.
public struct GeneratedRelationship: Sendable, Equatable {
    public let type: String
    public let from: Int
    public let to: Int
    public let properties: Properties
}
