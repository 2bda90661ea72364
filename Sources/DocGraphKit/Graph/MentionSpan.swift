/// Where a node is mentioned, without the quote: the document's sha256 and the mention's
/// Unicode scalar offsets (``GraphReading/mentionSpans(ofNodesLabeled:)``).
public struct MentionSpan: Hashable, Sendable {
    public var document: String
    public var start: Int
    public var end: Int
    public var node: Int64

    public init(document: String, start: Int, end: Int, node: Int64) {
        self.document = document
        self.start = start
        self.end = end
        self.node = node
    }
}
