import DocGraphKit

/// The nodes and relationships an export writes, read from the store in one consistent read.
/// Relationships are kept only when both their ends are.
public struct GraphSnapshot: Sendable {
    public var nodes: [StoredNode]
    public var relationships: [StoredRelationship]
    /// Where each document node's file is, by node id (for sources and links).
    public var documentSources: [Int64: String]

    public init(nodes: [StoredNode], relationships: [StoredRelationship], documentSources: [Int64: String] = [:]) {
        self.nodes = nodes
        self.relationships = relationships
        self.documentSources = documentSources
    }

    /// Nodes by id.
    public var nodesByID: [Int64: StoredNode] {
        Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) })
    }

    /// The sorted property names used by the nodes (or relationships), for formats that declare
    /// their columns up front.
    public static func propertyNames(_ maps: [Properties]) -> [String] {
        var names = Set<String>()
        for map in maps { names.formUnion(map.keys) }
        return names.sorted()
    }
}
