import DocGraphKit
import Foundation
import ReaderSupport

/// Reads Markdown's block structure line by line: front matter, ATX and setext headings,
/// bulleted and numbered lists (nesting by indent), block quotes, fenced code, pipe tables,
/// thematic breaks and paragraphs. Inline syntax is left to ``MarkdownInline``.
struct MarkdownBlocks {
    /// `title` and `date` from a YAML front matter block, if the file starts with one.
    private(set) var frontMatter: [String: String] = [:]
    private(set) var assembler: TextAssembler
    private var paragraph: [String] = []
    private var item: (text: [String], level: Int, indent: Int)?
    private var lastKind: BlockKind?
    private var fence: String?
    private var code: [String] = []
    private var tableRow = 0

    init(limit: Int) {
        assembler = TextAssembler(limit: limit)
    }

    /// Reads the whole text.
    static func read(_ text: String, limit: Int) throws -> MarkdownBlocks {
        var blocks = MarkdownBlocks(limit: limit)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        blocks.readFrontMatter(&lines)
        for (index, line) in lines.enumerated() {
            try blocks.read(line, next: index + 1 < lines.count ? lines[index + 1] : nil)
        }
        try blocks.finish()
        return blocks
    }

    private mutating func readFrontMatter(_ lines: inout [String]) {
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let end = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingCharacters(in: .whitespaces)) })
        else { return }
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            if !value.isEmpty { frontMatter[key] = value }
        }
        lines.removeSubrange(0...end)
    }

    private mutating func read(_ rawLine: String, next: String?) throws {
        if let open = fence {
            if rawLine.trimmingCharacters(in: .whitespaces).hasPrefix(open) {
                try emit(code.joined(separator: "\n"), kind: .paragraph, attributes: ["code": "true"], keepLines: true)
                fence = nil
                code = []
            } else {
                code.append(rawLine)
            }
            return
        }
        var line = rawLine
        while let stripped = MarkdownSyntax.quoteContent(line) { line = stripped }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            try endParagraph()
            try endItem()
            tableRow = 0
            return
        }
        if let marker = MarkdownSyntax.fenceMarker(trimmed) {
            try endAll()
            fence = marker
            return
        }
        if let heading = MarkdownSyntax.atxHeading(line) {
            try endAll()
            try emit(heading.text, kind: .heading, level: heading.level)
            return
        }
        if !paragraph.isEmpty, let level = MarkdownSyntax.setextLevel(line) {
            let text = paragraph.joined(separator: " ")
            paragraph = []
            try emit(text, kind: .heading, level: level)
            return
        }
        if MarkdownSyntax.isThematicBreak(line) {
            try endAll()
            return
        }
        if tableRow > 0 || (paragraph.isEmpty && item == nil && next.map(MarkdownSyntax.isTableDelimiter) == true && trimmed.contains("|")) {
            try readTableRow(trimmed)
            return
        }
        if let marker = MarkdownSyntax.listMarker(line) {
            try endParagraph()
            try endItem()
            let level = (item.map { marker.indent > $0.indent ? $0.level + 1 : nil } ?? nil)
                ?? max(1, marker.indent / 2 + 1)
            item = ([marker.content], min(level, 9), marker.indent)
            return
        }
        if item != nil {
            item?.text.append(trimmed)
            return
        }
        paragraph.append(MarkdownSyntax.hardBreak(line) ? trimmed + "\n" : trimmed)
    }

    private mutating func readTableRow(_ line: String) throws {
        try endParagraph()
        tableRow += 1
        if MarkdownSyntax.isTableDelimiter(line) { return }
        for (index, cell) in MarkdownSyntax.tableCells(line).enumerated() {
            try emit(cell, kind: .tableCell, attributes: ["row": String(tableRow == 1 ? 1 : tableRow - 1), "column": String(index + 1)],
                     separator: index == 0 ? (lastKind == .tableCell ? .line : .paragraph) : .cell)
        }
    }

    private mutating func endParagraph() throws {
        guard !paragraph.isEmpty else { return }
        let text = paragraph.joined(separator: " ").replacingOccurrences(of: "\n ", with: "\n")
        paragraph = []
        try emit(text, kind: .paragraph, keepLines: true)
    }

    private mutating func endItem() throws {
        guard let open = item else { return }
        item = nil
        try emit(open.text.joined(separator: " "), kind: .listItem, level: open.level,
                 separator: lastKind == .listItem ? .line : .paragraph)
    }

    private mutating func endAll() throws {
        try endParagraph()
        try endItem()
        tableRow = 0
    }

    private mutating func finish() throws {
        if fence != nil {
            try emit(code.joined(separator: "\n"), kind: .paragraph, attributes: ["code": "true"], keepLines: true)
        }
        try endAll()
    }

    private mutating func emit(
        _ source: String, kind: BlockKind, level: Int = 1, attributes: [String: String] = [:],
        separator: TextAssembler.Separator = .paragraph, keepLines: Bool = false
    ) throws {
        let text = attributes["code"] == nil ? MarkdownInline.plainText(source) : source
        let before = assembler.blocks.count
        try assembler.append(text, kind: kind, level: level, attributes: attributes, after: separator, keepLines: keepLines)
        if assembler.blocks.count > before { lastKind = kind }
    }
}
