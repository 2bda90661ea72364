/// A gold person or organisation that two or more nodes match (strictly) in its documents:
/// resolution should have made them one node.
public struct Split: Hashable, Sendable, Codable {
    /// A node taking part in a split, and the gold documents it is mentioned in.
    public struct Part: Hashable, Sendable, Codable {
        public var id: Int64
        public var name: String
        public var documents: [String]

        public init(id: Int64, name: String, documents: [String]) {
            self.id = id
            self.name = name
            self.documents = documents
        }
    }

    /// The gold entity's name.
    public var gold: String
    /// The matching nodes, by id.
    public var nodes: [Part]
    /// The documents in which more than one of the nodes is mentioned; empty when the nodes
    /// share no document (one node per document, but not one node in all).
    public var sharedDocuments: [String]

    public init(gold: String, nodes: [Part], sharedDocuments: [String]) {
        self.gold = gold
        self.nodes = nodes
        self.sharedDocuments = sharedDocuments
    }
}
