/// A report's rows under its columns, written as CSV (RFC 4180) or a Markdown table.
public struct ReportTable: Hashable, Sendable {
    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Comma-separated values with a header row; fields with commas, quotes or line breaks
    /// quoted, quotes doubled.
    public func csv() -> String {
        ([columns] + rows).map { $0.map(ReportTable.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A Markdown (GitHub) table; pipes escaped and line breaks made spaces.
    public func markdown() -> String {
        let line = { (cells: [String]) in "| " + cells.map(ReportTable.markdownCell).joined(separator: " | ") + " |\n" }
        return line(columns) + "|" + columns.map { _ in " --- |" }.joined() + "\n" + rows.map(line).joined()
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    static func markdownCell(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").split(separator: "|", omittingEmptySubsequences: false)
            .joined(separator: "\\|")
    }
}
