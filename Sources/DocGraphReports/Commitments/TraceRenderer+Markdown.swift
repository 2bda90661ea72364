import DocGraphKit

extension TraceRenderer {
    /// One commitment's chain as Markdown: a heading, the facts, a table of follow-ups, the status.
    func markdown(_ entry: CommitmentEntry) -> String {
        var lines = ["### \(ReportText.oneLine(entry.text))", ""]
        lines.append("- **Made:** \(entry.date?.iso ?? "undated")" + (entry.madeBy.isEmpty ? "" : " by \(entry.madeBy.joined(separator: ", "))")
            + (entry.document.map { " (\($0.name))" } ?? ""))
        if let kind = entry.kind { lines.append("- **Kind:** \(kind)") }
        if let due = entry.due { lines.append("- **Due:** \(due.iso)") }
        if !entry.plans.isEmpty { lines.append("- **Plan:** \(entry.plans.joined(separator: ", "))") }
        lines.append("")
        if entry.followUps.isEmpty {
            lines.append("No follow-ups.")
        } else {
            let headers = ["Date", "Document", "Relation", "Quote"] + (explain ? ["Why"] : [])
            lines.append("| " + headers.joined(separator: " | ") + " |")
            lines.append("|" + String(repeating: "---|", count: headers.count))
            for followUp in entry.followUps {
                var cells = [
                    followUp.date?.iso ?? "undated", followUp.document?.name ?? "", followUp.relation.rawValue,
                    "\u{201C}\(followUp.quote)\u{201D}",
                ]
                if explain { cells.append(why(followUp)) }
                lines.append("| " + cells.map(ReportText.markdownCell).joined(separator: " | ") + " |")
            }
        }
        lines.append("")
        lines.append("**Status:** \(statusLine(entry))")
        return lines.joined(separator: "\n")
    }
}
