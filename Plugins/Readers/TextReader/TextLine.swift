import DocGraphKit

/// One line of a document's text with its tokens: what the block finder classifies.
struct TextLine {
    /// The line's content without surrounding white space, in UTF-8 offsets (empty when blank).
    let range: TextRange
    /// Spaces before the content (a tab counts four).
    let indent: Int
    /// The line's tokens, in order.
    let tokens: ArraySlice<Token>

    var isBlank: Bool { tokens.isEmpty }

    /// Words and numbers (not punctuation or symbols).
    var words: [Token] { tokens.filter { $0.kind == .word || $0.kind == .number } }

    /// The lines of a text; `tokens` are the whole text's tokens, sorted.
    static func lines(of text: String, tokens: [Token]) -> [TextLine] {
        var lines: [TextLine] = []
        var tokenIndex = 0
        var lineStart = 0
        var indent = 0
        var counting = true
        let utf8 = text.utf8
        var offset = 0
        for byte in utf8 {
            if byte == 0x0A {
                lines.append(line(from: lineStart, to: offset, indent: indent, tokens: tokens, next: &tokenIndex))
                lineStart = offset + 1
                indent = 0
                counting = true
            } else if counting {
                if byte == 0x20 { indent += 1 } else if byte == 0x09 { indent += 4 } else { counting = false }
            }
            offset += 1
        }
        lines.append(line(from: lineStart, to: offset, indent: indent, tokens: tokens, next: &tokenIndex))
        return lines
    }

    private static func line(from start: Int, to end: Int, indent: Int, tokens: [Token], next: inout Int) -> TextLine {
        let first = next
        while next < tokens.count, tokens[next].range.end <= end { next += 1 }
        let slice = tokens[first..<next]
        guard let head = slice.first, let tail = slice.last else {
            return TextLine(range: TextRange(start: start, end: start), indent: 0, tokens: slice)
        }
        return TextLine(range: TextRange(start: head.range.start, end: tail.range.end), indent: indent, tokens: slice)
    }
}
