/// What resolution reads of the stored people and organisations: every node of a label when an
/// ingest starts, then the nodes each document has just written. ``GraphReading`` answers it from
/// committed data; a ``DocumentBatch`` answers it from inside its own transaction, so that a
/// document is resolved against the documents written before it in the same batch.
public protocol StoredEntityReading {
    /// Every node with a label.
    func nodes(labeled label: String) throws -> [StoredNode]
    /// Nodes with a label whose keys are among `keys`: how resolution refreshes what it knows
    /// of the nodes a document has just written.
    func nodes(labeled label: String, keys: [String]) throws -> [StoredNode]
    /// The start and end node of each relationship of a type that starts at one of the nodes
    /// `ids`, in no particular order: the roles of the people a document has just written.
    func relationshipEnds(ofType type: String, from ids: [Int64]) throws -> [RelationshipEnds]
    /// The start and end node of every relationship of a type, in no particular order: what
    /// resolution reads of every role when an ingest starts, without the properties.
    func relationshipEnds(ofType type: String) throws -> [RelationshipEnds]
}
