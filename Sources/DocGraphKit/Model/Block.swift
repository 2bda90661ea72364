/// One structural piece of a document: a heading, paragraph, list item, caption or table cell.
///
/// Every reader produces blocks over the same plain ``Document/text``, so extractors never know
/// the source format. `attributes` carries what a reader learnt beyond the kind, for example
/// `list: diary` and `date: 2017-03-06` on an entry of a diary list, or `style` on a DOCX paragraph.
public struct Block: Hashable, Sendable, Codable {
    public var kind: BlockKind
    /// Where the block's text lies in the document text, in UTF-8 offsets.
    public var range: TextRange
    /// Heading level (1 is the top) for headings; nesting depth for list items.
    public var level: Int
    public var attributes: [String: String]

    public init(kind: BlockKind, range: TextRange, level: Int = 1, attributes: [String: String] = [:]) {
        self.kind = kind
        self.range = range
        self.level = level
        self.attributes = attributes
    }
}
