import Foundation

/// A file handed to a reader: where it is, its bytes and the document id those bytes hash to.
public struct ReaderInput: Sendable {
    public var url: URL
    public var bytes: Data
    /// SHA-256 of `bytes`, lower-case hex: the ``Document/id`` the reader must use.
    public var documentID: String
    /// Limits the reader must respect (sizes, depths).
    public var limits: ReaderLimits

    public init(url: URL, bytes: Data, documentID: String, limits: ReaderLimits = ReaderLimits()) {
        self.url = url
        self.bytes = bytes
        self.documentID = documentID
        self.limits = limits
    }

    /// The file's name.
    public var name: String { url.lastPathComponent }

    /// The file's extension, lower-cased, without the dot.
    public var fileExtension: String { url.pathExtension.lowercased() }
}
