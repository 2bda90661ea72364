/// Writes a ``QueryResult`` as a table, JSON, JSON lines or CSV.
public struct ResultFormatter: Sendable {
    public let format: ResultFormat

    public init(format: ResultFormat) {
        self.format = format
    }

    public func format(_ result: QueryResult) -> String {
        if let explanation = result.explanation { return explanation + "\n" }
        switch format {
        case .table: return table(result)
        case .json: return "[" + result.rows.map { JSONValueWriter.object(result.columns, $0) }.joined(separator: ",\n") + "]\n"
        case .jsonl: return result.rows.map { JSONValueWriter.object(result.columns, $0) + "\n" }.joined()
        case .csv: return ([result.columns] + result.rows.map { $0.map(Self.plain) }).map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
        }
    }

    func table(_ result: QueryResult) -> String {
        let cells = result.rows.map { $0.map(CypherLiteralFormat.format) }
        var widths = result.columns.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ values: [String]) -> String {
            "| " + values.enumerated().map { $1.padding(toLength: widths[$0]) }.joined(separator: " | ") + " |\n"
        }
        var text = line(result.columns)
        text += "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|\n"
        for row in cells { text += line(row) }
        text += "\(result.rows.count) row\(result.rows.count == 1 ? "" : "s")\n"
        return text
    }

    /// Strings bare, other values as Cypher literals: what a spreadsheet cell should hold.
    static func plain(_ value: CypherValue) -> String {
        switch value {
        case .null: return ""
        case .string(let text): return text
        default: return CypherLiteralFormat.format(value)
        }
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
