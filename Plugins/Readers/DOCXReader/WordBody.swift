import CLibXML2
import DocGraphKit
import MarkupText
import ReaderSupport

/// Reads the body of `word/document.xml` into text and blocks: paragraphs with their styles
/// (headings by style), list items (numbered paragraphs), and table cells with their row and
/// column. Deleted revisions, field codes and the fallback copies of drawings are skipped.
struct WordBody {
    /// WordprocessingML's namespaces, transitional and strict.
    static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    /// Elements whose content is not document text.
    static let skipped: Set<String> = ["del", "delText", "instrText", "Fallback", "sectPr", "pPr", "rPr", "fldSimple-instr"]

    private struct Cell {
        var row: Int
        var column: Int
        var text = ""
    }

    private let styles: WordStyles
    private var assembler: TextAssembler
    private var paragraphs: [(style: WordParagraphStyle, text: String)] = []
    private var cells: [Cell] = []
    private var rows: [Int] = []
    private var columns: [Int] = []
    private var lastKind: BlockKind?

    init(styles: WordStyles, limit: Int) {
        self.styles = styles
        self.assembler = TextAssembler(limit: limit)
    }

    /// Reads the body under `root` and returns the assembled text and blocks.
    static func read(_ root: xmlNodePtr, styles: WordStyles, limit: Int) throws -> TextAssembler {
        var body = WordBody(styles: styles, limit: limit)
        try MarkupWalker.walk(root, enter: { node, _ in try body.enter(node) }, leave: { node, _ in try body.leave(node) })
        return body.assembler
    }

    private mutating func enter(_ node: xmlNodePtr) throws -> Bool {
        if MarkupNode.isText(node) {
            return false
        }
        guard MarkupNode.isElement(node) else { return false }
        let name = MarkupNode.name(node)
        if WordBody.skipped.contains(name) { return false }
        guard let namespace = MarkupNode.namespace(node), WordBody.namespaces.contains(namespace) else { return true }
        switch name {
        case "p":
            // A paragraph inside another (a text box) ends the outer one's text so far.
            if let outer = paragraphs.last {
                try emit(outer)
                paragraphs[paragraphs.count - 1].text = ""
            }
            paragraphs.append((WordParagraphStyle(paragraph: node, styles: styles), ""))
        case "t":
            appendText(MarkupNode.directText(node))
            return false
        case "tab":
            appendText(" ")
            return false
        case "br", "cr":
            // A line break inside a paragraph stays a line break, as in a letterhead.
            appendText("\n")
            return false
        case "noBreakHyphen":
            appendText("-")
            return false
        case "tbl":
            rows.append(0)
            columns.append(0)
        case "tr":
            if let last = rows.indices.last {
                rows[last] += 1
                columns[last] = 0
            }
        case "tc":
            if let last = rows.indices.last {
                columns[last] += 1
                cells.append(Cell(row: rows[last], column: columns[last]))
            }
        default:
            break
        }
        return true
    }

    private mutating func leave(_ node: xmlNodePtr) throws {
        guard MarkupNode.isElement(node), let namespace = MarkupNode.namespace(node), WordBody.namespaces.contains(namespace)
        else { return }
        switch MarkupNode.name(node) {
        case "p":
            try flushParagraph()
        case "tc":
            guard let cell = cells.popLast() else { return }
            let separator: TextAssembler.Separator = lastKind == .tableCell ? (cell.column == 1 ? .line : .cell) : .paragraph
            let before = assembler.blocks.count
            try assembler.append(
                cell.text, kind: .tableCell, attributes: ["row": String(cell.row), "column": String(cell.column)],
                after: separator, keepLines: true)
            if assembler.blocks.count > before { lastKind = .tableCell }
        case "tbl":
            rows.removeLast()
            columns.removeLast()
            lastKind = nil
        default:
            break
        }
    }

    private mutating func appendText(_ text: String) {
        guard !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].text += text
    }

    /// Ends the innermost open paragraph: inside a table cell its text joins the cell's, else it
    /// becomes a block of its own.
    private mutating func flushParagraph() throws {
        guard let paragraph = paragraphs.popLast() else { return }
        try emit(paragraph)
    }

    private mutating func emit(_ paragraph: (style: WordParagraphStyle, text: String)) throws {
        if !cells.isEmpty {
            let line = TextAssembler.collapsingLines(paragraph.text)
            if !line.isEmpty { cells[cells.count - 1].text += (cells[cells.count - 1].text.isEmpty ? "" : "\n") + line }
            return
        }
        let style = paragraph.style
        let separator: TextAssembler.Separator = style.kind == .listItem && lastKind == .listItem ? .line : .paragraph
        let before = assembler.blocks.count
        try assembler.append(
            paragraph.text, kind: style.kind, level: style.level, attributes: style.attributes, after: separator,
            keepLines: true)
        if assembler.blocks.count > before { lastKind = style.kind }
    }
}
