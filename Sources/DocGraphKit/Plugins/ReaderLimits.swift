/// Bounds that keep a reader's memory and time in check on hostile input.
public struct ReaderLimits: Sendable, Hashable, Codable {
    /// Largest text a reader may produce, in UTF-8 bytes.
    public var maxTextBytes: Int
    /// Deepest element nesting a markup reader follows.
    public var maxDepth: Int
    /// Largest total an archive (DOCX) may expand to, in bytes.
    public var maxExpandedBytes: Int

    public init(maxTextBytes: Int = 64 << 20, maxDepth: Int = 256, maxExpandedBytes: Int = 256 << 20) {
        self.maxTextBytes = maxTextBytes
        self.maxDepth = maxDepth
        self.maxExpandedBytes = maxExpandedBytes
    }
}
