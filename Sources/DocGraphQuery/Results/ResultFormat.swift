/// The output formats of `docgraph query`.
public enum ResultFormat: String, CaseIterable, Sendable {
    /// An aligned text table, values written as Cypher literals.
    case table
    /// One JSON array of row objects.
    case json
    /// One JSON object per line.
    case jsonl
    /// Comma-separated values with a header row (RFC 4180 quoting).
    case csv
}
