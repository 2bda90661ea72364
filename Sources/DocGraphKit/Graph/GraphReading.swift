/// What the pipeline and linkers may read of the graph. The store implements it; tests can give
/// an in-memory graph instead, so neither the pipeline nor any plugin imports the store.
public protocol GraphReading: Sendable {
    /// Every document, oldest date first (undated last), then by name.
    func documents() throws -> [StoredDocument]
    /// The text of a document, by its sha256.
    func text(ofDocument sha256: String) throws -> String?
    /// Every node with a label.
    func nodes(labeled label: String) throws -> [StoredNode]
    /// Nodes with a label whose `name` or one of whose `aliases` equals one of the names
    /// (compared case-insensitively).
    func nodes(labeled label: String, named names: [String]) throws -> [StoredNode]
    /// Where a node is mentioned.
    func mentions(ofNode id: Int64) throws -> [Evidence]
    /// Where each node with a label is mentioned, by node id, each node's mentions in the order
    /// of ``mentions(ofNode:)``; a node never mentioned is absent. One read for a whole
    /// label, as a linker needs.
    func mentions(ofNodesLabeled label: String) throws -> [Int64: [Evidence]]
    /// Where each node with a label is mentioned, without the quotes: the nodes in id order,
    /// each node's mentions grouped by document and in offset order within one. What a linker
    /// reads to tell a passage's entities from its offsets; unlike ``mentions(ofNodesLabeled:)``
    /// it does not order documents by date, which costs the store a sort of every mention.
    func mentionSpans(ofNodesLabeled label: String) throws -> [MentionSpan]
    /// Relationships of a type (every type when `nil`).
    func relationships(ofType type: String?) throws -> [StoredRelationship]
    /// Nodes with a label whose keys are among `keys`: how resolution refreshes what it knows
    /// of the nodes a document has just written.
    func nodes(labeled label: String, keys: [String]) throws -> [StoredNode]
    /// Relationships of a type that start at one of the nodes `ids`.
    func relationships(ofType type: String, from ids: [Int64]) throws -> [StoredRelationship]
    /// The start and end node of every relationship of a type, in no particular order: what
    /// resolution reads of every role when an ingest starts, without the properties.
    func relationshipEnds(ofType type: String) throws -> [RelationshipEnds]
}
