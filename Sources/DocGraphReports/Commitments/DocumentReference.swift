import DocGraphKit

/// The document a commitment or follow-up is stated in, as reports name it.
public struct DocumentReference: Hashable, Sendable, Codable {
    public var name: String
    public var date: PartialDate?
    public var sha256: String

    public init(name: String, date: PartialDate?, sha256: String) {
        self.name = name
        self.date = date
        self.sha256 = sha256
    }

    /// The document's date, or `undated`.
    public var dateText: String { date?.iso ?? "undated" }
}
