import DocGraphKit

/// One annotated document: the file the annotations cover, matched to a stored document by its
/// file name.
public struct GoldDocument: Hashable, Sendable, Codable {
    /// The file name, such as `000_0de250827f1bd0a2.txt`.
    public var file: String
    public var date: PartialDate?
    public var kind: String?
    public var title: String?

    public init(file: String, date: PartialDate? = nil, kind: String? = nil, title: String? = nil) {
        self.file = file
        self.date = date
        self.kind = kind
        self.title = title
    }
}
