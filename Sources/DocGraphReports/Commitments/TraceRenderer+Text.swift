import DocGraphKit

extension TraceRenderer {
    /// One commitment's chain for the terminal.
    func text(_ entry: CommitmentEntry) -> String {
        var lines = ["Commitment \(entry.id) (\(entry.kind ?? "commitment")), \(madeLine(entry))"]
        lines.append("  \u{201C}\(ReportText.oneLine(entry.text))\u{201D}")
        var details: [String] = []
        if let due = entry.due { details.append("due \(due.iso)") }
        if !entry.plans.isEmpty { details.append("part of \(entry.plans.joined(separator: ", "))") }
        if !details.isEmpty { lines.append("  " + details.joined(separator: "; ")) }
        if entry.followUps.isEmpty {
            lines.append("No follow-ups.")
        } else {
            lines.append("Follow-ups:")
            for followUp in entry.followUps {
                let document = followUp.document?.name ?? "unknown document"
                lines.append("  \(followUp.date?.iso ?? "undated")  \(followUp.relation.rawValue)  \(document)")
                lines.append("    \u{201C}\(ReportText.oneLine(followUp.quote))\u{201D}")
                if explain { lines.append("    why: \(why(followUp))") }
            }
        }
        lines.append("Status: \(statusLine(entry))")
        return lines.joined(separator: "\n")
    }
}
