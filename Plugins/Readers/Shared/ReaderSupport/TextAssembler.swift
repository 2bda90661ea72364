import DocGraphKit

/// Builds a document's text and its blocks together, so every block's range is exact.
///
/// Readers hand it the content of each block in reading order; it collapses white space, skips
/// empty blocks and separates blocks the same way for every format: a blank line between blocks,
/// a line break between consecutive list items or table rows, a tab between cells of one row.
/// Ranges count UTF-8 bytes of ``text``.
public struct TextAssembler: Sendable {
    /// What separates a block from the one before it.
    public enum Separator: Sendable {
        /// A blank line: the block starts a new paragraph.
        case paragraph
        /// A line break: the next list item or table row.
        case line
        /// A tab: the next cell of the same table row.
        case cell
    }

    public private(set) var text = ""
    public private(set) var blocks: [Block] = []
    /// The text's length in UTF-8 bytes, kept as text grows.
    public private(set) var utf8Count = 0
    /// The largest text allowed, in UTF-8 bytes.
    public let limit: Int

    public init(limit: Int = .max) {
        self.limit = limit
    }

    /// Whether anything was added yet.
    public var isEmpty: Bool { blocks.isEmpty }

    /// Adds a block. White space inside `content` (including line breaks) collapses to single
    /// spaces unless `keepLines` is set, in which case line breaks survive and each line is
    /// collapsed. Content that is empty after collapsing adds nothing.
    /// - Throws: ``ReadError`` when the text would pass ``limit``.
    public mutating func append(
        _ content: String, kind: BlockKind, level: Int = 1, attributes: [String: String] = [:],
        after separator: Separator = .paragraph, keepLines: Bool = false
    ) throws {
        let cleaned = keepLines ? TextAssembler.collapsingLines(content) : TextAssembler.collapsing(content)
        guard !cleaned.isEmpty else { return }
        let gap: String
        if blocks.isEmpty {
            gap = ""
        } else {
            switch separator {
            case .paragraph: gap = "\n\n"
            case .line: gap = "\n"
            case .cell: gap = "\t"
            }
        }
        let added = gap.utf8.count + cleaned.utf8.count
        guard utf8Count + added <= limit else {
            throw ReadError("the text is larger than the \(ByteSize.describe(limit)) limit for one document; split the file")
        }
        text += gap
        let start = utf8Count + gap.utf8.count
        text += cleaned
        utf8Count += added
        blocks.append(Block(kind: kind, range: TextRange(start: start, end: utf8Count), level: level, attributes: attributes))
    }

    /// Collapses every run of white space (spaces, tabs, line breaks, no-break spaces and other
    /// Unicode spaces) to one space and trims both ends.
    public static func collapsing(_ content: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in content.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else if !isInvisible(scalar) {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Collapses white space within each line, keeps single line breaks between non-empty lines.
    public static func collapsingLines(_ content: String) -> String {
        content.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { collapsing(String($0)) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// White space as the readers see it: ASCII and Unicode spaces and line breaks.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Characters that carry no text: zero-width spaces and joiners used as e-mail padding, the
    /// byte-order mark, soft hyphens and C0 control characters other than white space.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0E...0x1F, 0x7F, 0xAD, 0x034F, 0x200B, 0x200C, 0x2060, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
