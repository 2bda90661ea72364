/// A gold item nothing matched (missed) or a found item that matches no gold item (spurious),
/// under strict rules.
public struct EvaluationItem: Hashable, Sendable, Codable {
    /// The file name of the document it is in.
    public var document: String
    /// The gold name, title or summary; or the found node's name, title or text.
    public var text: String
    /// The found node (or FOLLOWS_UP relationship) id; `nil` for gold items.
    public var id: Int64?
    /// What it matches under lenient rules only (GATE's "partially correct"), if anything.
    public var lenientMatch: String?

    public init(document: String, text: String, id: Int64? = nil, lenientMatch: String? = nil) {
        self.document = document
        self.text = text
        self.id = id
        self.lenientMatch = lenientMatch
    }
}
