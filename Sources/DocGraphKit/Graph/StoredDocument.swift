/// A document as the store holds it, without its text.
public struct StoredDocument: Hashable, Sendable, Codable {
    public var nodeID: Int64
    public var sha256: String
    public var name: String
    public var source: String
    public var format: String
    public var title: String?
    public var date: PartialDate?
    public var kind: DocumentKind

    public init(
        nodeID: Int64, sha256: String, name: String, source: String, format: String, title: String?,
        date: PartialDate?, kind: DocumentKind
    ) {
        self.nodeID = nodeID
        self.sha256 = sha256
        self.name = name
        self.source = source
        self.format = format
        self.title = title
        self.date = date
        self.kind = kind
    }
}
