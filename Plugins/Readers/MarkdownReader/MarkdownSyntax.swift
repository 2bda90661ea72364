import Foundation

/// Recognisers for single Markdown lines.
enum MarkdownSyntax {
    /// An ATX heading (`## Title ##`): its level and text.
    static func atxHeading(_ line: String) -> (level: Int, text: String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = rest.dropFirst(hashes)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        var text = after.trimmingCharacters(in: .whitespaces)
        // A closing run of #s preceded by a space is not part of the heading.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
            text = String(text.dropLast(closing)).trimmingCharacters(in: .whitespaces)
        }
        return (hashes, text)
    }

    /// The level of a setext underline (`===` is 1, `---` is 2).
    static func setextLevel(_ line: String) -> Int? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard line.prefix(while: { $0 == " " }).count <= 3, !trimmed.isEmpty else { return nil }
        if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
        if trimmed.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    /// True for `---`, `***`, `___` (three or more, spaces allowed).
    static func isThematicBreak(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " && $0 != "\t" }
        guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }

    /// A list item's marker: its indent and the content after it.
    static func listMarker(_ line: String) -> (indent: Int, content: String)? {
        let indent = line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
        let rest = line.drop { $0 == " " || $0 == "\t" }
        var markerLength = 0
        if let first = rest.first, "-*+".contains(first) {
            markerLength = 1
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
            guard (1...9).contains(digits), let after = rest.dropFirst(digits).first, after == "." || after == ")" else { return nil }
            markerLength = digits + 1
        }
        let after = rest.dropFirst(markerLength)
        guard let space = after.first, space == " " || space == "\t" else { return nil }
        return (indent, after.trimmingCharacters(in: .whitespaces))
    }

    /// The content of a block-quote line (`> text`), or `nil` when the line is not one.
    static func quoteContent(_ line: String) -> String? {
        let rest = line.drop { $0 == " " }
        guard line.count - rest.count <= 3, rest.first == ">" else { return nil }
        let content = rest.dropFirst()
        return String(content.first == " " ? content.dropFirst() : content)
    }

    /// The fence a line opens (```` ``` ```` or `~~~`), if it opens one.
    static func fenceMarker(_ trimmed: String) -> String? {
        for marker in ["```", "~~~"] where trimmed.hasPrefix(marker) {
            return String(trimmed.prefix { $0 == marker.first })
        }
        return nil
    }

    /// True for a pipe table's delimiter row (`| --- | :---: |`).
    static func isTableDelimiter(_ line: String) -> Bool {
        let cells = tableCells(line)
        return !cells.isEmpty && line.contains("-") && cells.allSatisfy { cell in
            !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" } && cell.contains("-")
        }
    }

    /// The cells of a pipe table row, trimmed, with outer pipes dropped and `\|` kept.
    static func tableCells(_ line: String) -> [String] {
        var trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("|") { trimmed.removeFirst() }
        if trimmed.hasSuffix("|"), !trimmed.hasSuffix("\\|") { trimmed.removeLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in trimmed {
            if character == "|", !escaped {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
            escaped = character == "\\"
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }

    /// True when a line ends in a hard line break (two spaces or a backslash).
    static func hardBreak(_ line: String) -> Bool {
        line.hasSuffix("  ") || line.hasSuffix("\\")
    }
}
