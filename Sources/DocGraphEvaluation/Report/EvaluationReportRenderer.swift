/// Renders an ``EvaluationReport`` as the text `docgraph eval` prints: first the figures, one
/// line per kind under a header, then the documents and splits, then (when asked) every missed
/// and spurious item.
public struct EvaluationReportRenderer: Sendable {
    /// Whether to list the missed and spurious items of every kind.
    public var showErrors: Bool

    public init(showErrors: Bool = false) {
        self.showErrors = showErrors
    }

    /// The header of the figures table.
    public static let header = [
        "kind", "strict P", "R", "F1", "lenient P", "R", "F1", "gold", "found", "splits",
    ]

    /// The report's lines, without a final line break.
    public func render(_ report: EvaluationReport) -> String {
        var lines = TextColumns.lay(out: [Self.header] + report.kinds.map(Self.row))
        lines.append("")
        lines.append(documentsLine(report))
        for kind in report.kinds {
            for split in kind.splits ?? [] {
                lines.append("split \(kind.kind.rawValue): \(Self.describe(split))")
            }
        }
        if showErrors {
            for kind in report.kinds {
                lines += errorLines(kind.kind, "missed", kind.missed)
                lines += errorLines(kind.kind, "spurious", kind.spurious)
            }
        } else if report.kinds.contains(where: { !$0.missed.isEmpty || !$0.spurious.isEmpty }) {
            lines.append("add --show-errors to list what was missed and what was spurious")
        }
        return lines.joined(separator: "\n")
    }

    /// One kind's figures.
    static func row(_ kind: KindReport) -> [String] {
        [
            kind.kind.rawValue, figure(kind.strict.precision), figure(kind.strict.recall), figure(kind.strict.f1),
            figure(kind.lenient.precision), figure(kind.lenient.recall), figure(kind.lenient.f1), String(kind.gold),
            String(kind.found), kind.splits.map { String($0.count) } ?? "-",
        ]
    }

    /// A figure to two decimals, or "-" when it is undefined.
    public static func figure(_ value: Double?) -> String {
        guard let value else { return "-" }
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private func documentsLine(_ report: EvaluationReport) -> String {
        let missing = report.documents.filter { !$0.isInStore }.map(\.file)
        let scored = "scored \(report.documents.count - missing.count) of the \(report.documents.count) documents of \(report.gold)"
        guard !missing.isEmpty else { return scored }
        return scored + "; not in the store, so all their items count as missed: " + missing.joined(separator: ", ")
    }

    static func describe(_ split: Split) -> String {
        let nodes = split.nodes.map { "\($0.name) #\($0.id) (\($0.documents.joined(separator: ", ")))" }
        let shared = split.sharedDocuments.isEmpty ? "" : "; together in \(split.sharedDocuments.joined(separator: ", "))"
        return "\(split.gold) is \(split.nodes.count) nodes: " + nodes.joined(separator: ", ") + shared
    }

    private func errorLines(_ kind: ScoredKind, _ what: String, _ items: [EvaluationItem]) -> [String] {
        guard !items.isEmpty else { return [] }
        let rows = items.map { item in
            [
                "  " + item.document, item.id.map { "\(item.text) #\($0)" } ?? item.text,
                item.lenientMatch.map { "lenient match: \($0)" } ?? "",
            ]
        }
        return ["", "\(kind.rawValue) \(what) (\(items.count)):"] + TextColumns.lay(out: rows)
    }
}
