/// What a reader returns: the document and anything the user should be warned of.
public struct ReadResult: Sendable {
    public var document: Document
    /// Such as "invalid UTF-8 replaced at 3 places".
    public var warnings: [String]

    public init(document: Document, warnings: [String] = []) {
        self.document = document
        self.warnings = warnings
    }
}
