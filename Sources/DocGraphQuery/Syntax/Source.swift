/// The text of one query, as the lexer reads it and as errors quote it.
///
/// Offsets everywhere in the query language count Unicode scalars of this text. This type is
/// the one place that turns an offset into a line and column and draws the caret under it.
public struct Source: Sendable {
    public let text: String
    let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    /// The text of a range.
    public func text(of range: SourceRange) -> String {
        let start = min(max(range.start, 0), scalars.count)
        let end = min(max(range.end, start), scalars.count)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }

    /// The line and column of an offset (an offset past the end is placed just after the text).
    public func position(of offset: Int) -> SourcePosition {
        let target = min(max(offset, 0), scalars.count)
        var line = 1
        var lineStart = 0
        for index in 0..<target where scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        return SourcePosition(line: line, column: target - lineStart + 1)
    }

    /// The line holding an offset and a caret under the offset, for error messages.
    public func excerpt(at offset: Int) -> String {
        let target = min(max(offset, 0), scalars.count)
        var lineStart = target
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = target
        while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
        var line = String.UnicodeScalarView()
        line.append(contentsOf: scalars[lineStart..<lineEnd])
        // Keep tabs in the padding so the caret lines up under tab-indented text.
        var padding = String.UnicodeScalarView()
        padding.append(contentsOf: scalars[lineStart..<target].map { $0 == "\t" ? "\t" : " " })
        let trimmedLine = String(line).replacingTrailingCarriageReturn()
        return "  " + trimmedLine + "\n  " + String(padding) + "^"
    }

    /// A warning with its line, column and excerpt filled in from this text.
    public func locate(_ warning: QueryWarning) -> QueryWarning {
        guard warning.position == nil else { return warning }
        var located = warning
        located.position = position(of: warning.range.start)
        located.excerpt = excerpt(at: warning.range.start)
        return located
    }

    /// An error with its line, column and excerpt filled in from this text.
    public func locate(_ error: QueryError) -> QueryError {
        guard let range = error.range, error.position == nil else { return error }
        var located = error
        located.position = position(of: range.start)
        located.excerpt = excerpt(at: range.start)
        return located
    }
}

extension String {
    fileprivate func replacingTrailingCarriageReturn() -> String {
        hasSuffix("\r") ? String(dropLast()) : self
    }
}
