import DocGraphKit
import ReaderSupport

/// One block of an HTML page as the walk collects it, before e-mail chrome is filtered out and
/// the text is assembled.
public struct HTMLBlock: Sendable, Hashable {
    /// The text, white space collapsed (line breaks kept where ``keepsLines``).
    public var text: String
    public var kind: BlockKind
    public var level: Int
    public var attributes: [String: String]
    /// What separates it from the block before.
    public var separator: TextAssembler.Separator
    /// Whether its line breaks are kept (`<pre>`).
    public var keepsLines: Bool
    /// How many of its characters sit inside links.
    public var linkedCount: Int
    /// The targets of the links in it, in order.
    public var links: [String]

    public init(
        text: String, kind: BlockKind, level: Int = 1, attributes: [String: String] = [:],
        separator: TextAssembler.Separator = .paragraph, keepsLines: Bool = false, linkedCount: Int = 0,
        links: [String] = []
    ) {
        self.text = text
        self.kind = kind
        self.level = level
        self.attributes = attributes
        self.separator = separator
        self.keepsLines = keepsLines
        self.linkedCount = linkedCount
        self.links = links
    }


    /// True when (nearly) all of the block's text is link text.
    public var isAllLinks: Bool {
        let total = text.count { !$0.isWhitespace }
        return total > 0 && linkedCount * 10 >= total * 9
    }
}

extension TextAssembler.Separator {
    /// Separators ordered by strength: a cell break is weakest, a paragraph break strongest.
    var strength: Int {
        switch self {
        case .cell: 0
        case .line: 1
        case .paragraph: 2
        }
    }

    /// The stronger of two separators.
    func strongest(_ other: TextAssembler.Separator) -> TextAssembler.Separator {
        other.strength > strength ? other : self
    }
}
