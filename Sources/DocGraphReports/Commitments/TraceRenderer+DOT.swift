import DocGraphKit

extension TraceRenderer {
    /// How wide a node's label may be before it wraps, in characters.
    static let dotWidth = 40

    /// Every chain as one Graphviz digraph: a box per commitment with its status, a note per
    /// follow-up, and an edge from each follow-up to its commitment labelled with the relation.
    func dot(_ entries: [CommitmentEntry]) -> String {
        var lines = [
            "digraph trace {", "  rankdir=LR;", "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        for entry in entries {
            let title = ["\(entry.date?.iso ?? "undated") \(entry.kind ?? "commitment")"]
                + ReportText.wrapped(ReportText.shortened(entry.text, to: 160), width: Self.dotWidth) + ["status: \(entry.status.rawValue)"]
            lines.append("  c\(entry.id) [label=\"\(label(title))\", style=\"rounded,filled\", fillcolor=\"#eeeeee\"];")
            for followUp in entry.followUps {
                var note = ["\(followUp.date?.iso ?? "undated") \(followUp.document?.name ?? "")"]
                note += ReportText.wrapped(ReportText.shortened(followUp.quote, to: 160), width: Self.dotWidth)
                if explain, let score = followUp.score { note.append("score \(score)") }
                lines.append("  f\(followUp.id) [label=\"\(label(note))\", shape=note];")
                lines.append("  f\(followUp.id) -> c\(entry.id) [label=\"\(followUp.relation.rawValue)\"];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    private func label(_ lines: [String]) -> String {
        lines.map(ReportText.dotString).joined(separator: "\\n")
    }
}
