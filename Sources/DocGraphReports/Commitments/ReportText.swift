/// Small text helpers the commitment reports share: one-line quotes, shortening, and the
/// escaping of CSV fields, Markdown table cells and DOT strings.
enum ReportText {
    /// The text on one line, runs of white space made one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text shortened to at most `limit` characters, ending with an ellipsis when cut.
    static func shortened(_ text: String, to limit: Int) -> String {
        let line = oneLine(text)
        guard line.count > limit, limit > 1 else { return line }
        return String(line.prefix(limit - 1)).trimmingTrailingSpaces + "\u{2026}"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// A Markdown table cell: on one line, with pipes escaped.
    static func markdownCell(_ text: String) -> String {
        oneLine(text).replacing("|", with: "\\|")
    }

    /// A DOT double-quoted string's content: quotes and backslashes escaped, line breaks as `\n`.
    static func dotString(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: "\\n")
    }

    /// The text broken into lines of at most `width` characters at spaces.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in oneLine(text).split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var result = self
        while result.last?.isWhitespace == true { result.removeLast() }
        return result
    }
}
