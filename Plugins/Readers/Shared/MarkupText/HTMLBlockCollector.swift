import CLibXML2
import DocGraphKit
import ReaderSupport

/// Walks an HTML body and collects its blocks: headings, paragraphs, list items, captions and
/// the cells of data tables. Layout tables (the scaffolding of e-mail templates) only separate
/// paragraphs.
///
/// Elements nested deeper than the depth limit are read as plain inline text of the block
/// around them, so nothing is lost and nothing deep is kept on the stack.
struct HTMLBlockCollector {
    private enum Role {
        case block(kind: BlockKind, level: Int, keepsLines: Bool)
        case list
        case table(isData: Bool)
        case row
        case cell(isData: Bool)
        case link(href: String)
        case boundary
        case inline
    }

    private struct Open {
        var role: Role
    }

    private let maxDepth: Int
    private var open: [Open] = []
    private var pending = ""
    private var pendingLinked = 0
    private var pendingLinks: [String] = []
    private var nextSeparator: TextAssembler.Separator = .paragraph
    private var rowIndex: [Int] = []
    private var columnIndex: [Int] = []
    private(set) var blocks: [HTMLBlock] = []
    /// Whether anything was nested past the depth limit.
    private(set) var flattened = false

    init(maxDepth: Int) {
        self.maxDepth = max(1, maxDepth)
    }

    /// Collects the blocks under `root`.
    mutating func collect(from root: xmlNodePtr) {
        MarkupWalker.walk(root, enter: { node, depth in enter(node, depth: depth) }, leave: { node, depth in
            leave(node, depth: depth)
        })
        flush()
    }

    private mutating func enter(_ node: xmlNodePtr, depth: Int) -> Bool {
        if MarkupNode.isText(node) {
            append(MarkupNode.content(node))
            return false
        }
        guard MarkupNode.isElement(node) else { return false }
        let name = MarkupNode.name(node)
        if HTMLVocabulary.skipped.contains(name) || isHidden(node) { return false }
        if name == "img" {
            addCaption(fromImage: node)
            return false
        }
        guard depth <= maxDepth else {
            flattened = true
            if name == "br" { append(" ") }
            return true
        }
        if name == "br" {
            request(.line)
            return false
        }
        let role = role(of: node, name: name)
        boundary(entering: role)
        open.append(Open(role: role))
        return true
    }

    private mutating func leave(_ node: xmlNodePtr, depth: Int) {
        guard depth <= maxDepth, MarkupNode.isElement(node), !open.isEmpty else { return }
        // The text gathered so far belongs to the element being left, so it goes before the pop.
        switch open[open.count - 1].role {
        case .link, .inline: break
        default: flush()
        }
        boundary(leaving: open.removeLast().role)
    }

    private func isHidden(_ node: xmlNodePtr) -> Bool {
        HTMLVocabulary.isHidden(
            style: MarkupNode.attribute("style", of: node), hidden: MarkupNode.attribute("hidden", of: node) != nil,
            ariaHidden: MarkupNode.attribute("aria-hidden", of: node))
            || MarkupNode.attribute("role", of: node)?.lowercased() == "navigation"
    }

    private func role(of node: xmlNodePtr, name: String) -> Role {
        if let level = HTMLVocabulary.headingLevel(name) { return .block(kind: .heading, level: level, keepsLines: false) }
        switch name {
        case "li": return .block(kind: .listItem, level: max(1, listDepth), keepsLines: false)
        case "ul", "ol", "menu", "dl": return .list
        case "figcaption", "caption": return .block(kind: .caption, level: 1, keepsLines: false)
        case "pre": return .block(kind: .paragraph, level: 1, keepsLines: true)
        case "table": return .table(isData: HTMLTableKind.isDataTable(node))
        case "tr": return .row
        case "td", "th": return .cell(isData: innermostTableIsData)
        case "a": return .link(href: MarkupNode.attribute("href", of: node) ?? "")
        default: return HTMLVocabulary.blocks.contains(name) ? .boundary : .inline
        }
    }

    private var listDepth: Int {
        open.reduce(0) { count, element in
            if case .list = element.role { return count + 1 }
            return count
        }
    }

    private var innermostTableIsData: Bool {
        for element in open.reversed() {
            if case .table(let isData) = element.role { return isData }
        }
        return false
    }

    private var insideListItem: Bool {
        open.contains { element in
            if case .block(.listItem, _, _) = element.role { return true }
            return false
        }
    }

    private mutating func boundary(entering role: Role) {
        switch role {
        case .block(let kind, _, _):
            request(kind == .listItem && blocks.last?.kind == .listItem ? .line : .paragraph)
        case .list:
            request(insideListItem ? .line : .paragraph)
        case .table(let isData):
            request(.paragraph)
            if isData {
                rowIndex.append(0)
                columnIndex.append(0)
            }
        case .row:
            if innermostTableIsData, let last = rowIndex.indices.last {
                rowIndex[last] += 1
                columnIndex[last] = 0
                request(rowIndex[last] == 1 ? .paragraph : .line)
            } else {
                request(.paragraph)
            }
        case .cell(let isData):
            if isData, let last = columnIndex.indices.last {
                columnIndex[last] += 1
                request(columnIndex[last] == 1 ? .line : .cell)
            } else {
                request(.paragraph)
            }
        case .boundary:
            request(.paragraph)
        case .link, .inline:
            break
        }
    }

    private mutating func boundary(leaving role: Role) {
        switch role {
        case .block(.listItem, _, _):
            request(.line)
        case .block, .boundary:
            request(.paragraph)
        case .list:
            request(insideListItem ? .line : .paragraph)
        case .table(let isData):
            request(.paragraph)
            if isData {
                rowIndex.removeLast()
                columnIndex.removeLast()
            }
        case .row:
            request(innermostTableIsData ? .line : .paragraph)
        case .cell(let isData):
            request(isData ? .cell : .paragraph)
        case .link, .inline:
            break
        }
    }

    /// Ends the pending block (if any text is pending) and asks for at least `separator`
    /// before the next one.
    private mutating func request(_ separator: TextAssembler.Separator) {
        flush()
        nextSeparator = nextSeparator.strongest(separator)
    }

    private mutating func append(_ text: String) {
        pending += text
        if let href = currentLink {
            pendingLinked += text.count { !$0.isWhitespace }
            if pendingLinks.last != href { pendingLinks.append(href) }
        }
    }

    private var currentLink: String? {
        for element in open.reversed() {
            if case .link(let href) = element.role { return href }
        }
        return nil
    }

    private mutating func addCaption(fromImage node: xmlNodePtr) {
        guard let alt = MarkupNode.attribute("alt", of: node), HTMLTableKind.isMeaningfulAlt(alt, of: node) else { return }
        request(.paragraph)
        let links = currentLink.map { [$0] } ?? []
        let linked = links.isEmpty ? 0 : alt.count { !$0.isWhitespace }
        blocks.append(HTMLBlock(
            text: TextAssembler.collapsing(alt), kind: .caption, attributes: ["source": "alt"], separator: nextSeparator,
            linkedCount: linked, links: links))
        nextSeparator = .paragraph
    }

    private mutating func flush() {
        defer {
            pending = ""
            pendingLinked = 0
            pendingLinks = []
        }
        guard pending.unicodeScalars.contains(where: { !TextAssembler.isSpace($0) && !TextAssembler.isInvisible($0) }) else {
            return
        }
        var block = HTMLBlock(text: pending, kind: .paragraph, separator: nextSeparator, linkedCount: pendingLinked, links: pendingLinks)
        for element in open.reversed() {
            switch element.role {
            case .block(let kind, let level, let keepsLines):
                block.kind = kind
                block.level = level
                block.keepsLines = keepsLines
            case .cell(isData: true):
                block.kind = .tableCell
                if let row = rowIndex.last, let column = columnIndex.last {
                    block.attributes = ["row": String(row), "column": String(column)]
                }
            default:
                continue
            }
            break
        }
        // White space is collapsed once here, so the chrome rules and the text agree.
        block.text = block.keepsLines ? TextAssembler.collapsingLines(block.text) : TextAssembler.collapsing(block.text)
        blocks.append(block)
        nextSeparator = .cell
    }
}
