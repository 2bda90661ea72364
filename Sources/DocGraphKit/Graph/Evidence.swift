/// Where a fact is stated: the document, the offsets in Unicode scalars, the quoted text and
/// who found it. This is the shape evidence has wherever it leaves the process.
public struct Evidence: Hashable, Sendable, Codable {
    /// The Document's sha256.
    public var document: String
    /// Offsets in Unicode scalars into the document's text.
    public var start: Int
    public var end: Int
    /// The exact text between `start` and `end`.
    public var quote: String
    /// Id of the plugin that found it, or `curation`.
    public var extractor: String
    public var confidence: Double

    public init(document: String, start: Int, end: Int, quote: String, extractor: String, confidence: Double = 1) {
        self.document = document
        self.start = start
        self.end = end
        self.quote = quote
        self.extractor = extractor
        self.confidence = confidence
    }

    /// Evidence for a UTF-8 range of a text, converted through the document's offset table.
    public init(
        document: String, range: TextRange, in text: String, offsets: UnicodeScalarOffsets, extractor: String,
        confidence: Double = 1
    ) {
        let scalars = offsets.scalarRange(of: range)
        self.init(
            document: document, start: scalars.start, end: scalars.end, quote: Document.slice(text, range),
            extractor: extractor, confidence: confidence)
    }
}
