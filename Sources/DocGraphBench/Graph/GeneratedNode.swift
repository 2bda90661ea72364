import DocGraphKit

/// A node of a generated graph: its number (0-based, dense), label and properties.
public struct GeneratedNode: Sendable, Equatable {
    public let number: Int
    public let label: String
    public let properties: Properties
}
