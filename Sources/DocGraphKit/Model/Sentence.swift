/// A sentence (or a heading, list item or line that stands alone) of a document.
public struct Sentence: Hashable, Sendable, Codable {
    public var range: TextRange
    /// Index into ``Document/blocks`` of the block that holds the sentence, when there is one.
    public var blockIndex: Int?

    public init(range: TextRange, blockIndex: Int? = nil) {
        self.range = range
        self.blockIndex = blockIndex
    }
}
