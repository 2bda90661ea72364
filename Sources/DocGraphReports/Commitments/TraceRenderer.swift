import DocGraphKit

/// The formats `docgraph trace` writes.
public enum TraceFormat: String, CaseIterable, Sendable {
    /// For the terminal.
    case text
    /// For pasting into a panel report.
    case markdown
    /// Every field, for other tools.
    case json
    /// Graphviz DOT: each commitment and the follow-ups pointing at it.
    case dot
}

/// Writes commitments as chains: the commitment, every follow-up in date order with its
/// document, date, relation and quote, then the status; with `explain`, why each link was made
/// (its score and what matched).
public struct TraceRenderer: Sendable {
    public var explain: Bool
    /// The date statuses are measured against.
    public var asOf: PartialDate?

    public init(explain: Bool = false, asOf: PartialDate? = nil) {
        self.explain = explain
        self.asOf = asOf
    }

    public func render(_ entries: [CommitmentEntry], as format: TraceFormat) throws -> String {
        switch format {
        case .text: return entries.map(text).joined(separator: "\n\n")
        case .markdown: return entries.map(markdown).joined(separator: "\n\n")
        case .json: return try CommitmentJSON.encode(CommitmentJSON.List(asOf: asOf, commitments: entries))
        case .dot: return dot(entries)
        }
    }

    /// "fulfilled (as of 2017-09)".
    func statusLine(_ entry: CommitmentEntry) -> String {
        entry.status.rawValue + (asOf.map { " (as of \($0.iso))" } ?? "")
    }

    /// "made 2017-03 by Jane Smith in 000.txt", with the parts the graph knows.
    func madeLine(_ entry: CommitmentEntry) -> String {
        var parts = ["made \(entry.date?.iso ?? "undated")"]
        if !entry.madeBy.isEmpty { parts.append("by \(entry.madeBy.joined(separator: ", "))") }
        if let document = entry.document { parts.append("in \(document.name)") }
        return parts.joined(separator: " ")
    }

    /// Why a link was made: its score and what matched.
    func why(_ followUp: FollowUpEntry) -> String {
        var parts: [String] = []
        if let score = followUp.score { parts.append("score \(score)") }
        if followUp.origin != "extracted" { parts.append(followUp.origin) }
        return (parts + followUp.matched).joined(separator: "; ")
    }
}
