/// A gold document and the stored documents it was matched to by file name.
public struct DocumentCoverage: Hashable, Sendable, Codable {
    /// The gold file name.
    public var file: String
    /// Paths of the stored documents with that file name; empty when it is not in the store,
    /// in which case its gold items all count as missed.
    public var stored: [String]

    public init(file: String, stored: [String]) {
        self.file = file
        self.stored = stored
    }

    public var isInStore: Bool { !stored.isEmpty }
}
