/// What the pipeline and linkers may read of the graph. The store implements it; tests can give
/// an in-memory graph instead, so neither the pipeline nor any plugin imports the store.
public protocol GraphReading: StoredEntityReading, Sendable {
    /// Every document, oldest date first (undated last), then by name.
    func documents() throws -> [StoredDocument]
    /// The text of a document, by its sha256.
    func text(ofDocument sha256: String) throws -> String?
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
}
