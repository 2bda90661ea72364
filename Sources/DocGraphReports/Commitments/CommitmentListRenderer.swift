import DocGraphKit
import Foundation

/// The formats `docgraph commitments` writes.
public enum CommitmentListFormat: String, CaseIterable, Sendable {
    case table, json, csv, markdown
}

/// Writes a list of commitments: each with who made it, when, its due date and status.
public enum CommitmentListRenderer {
    /// The columns of the table and the Markdown table.
    public static let headers = ["ID", "Date", "Made by", "Due", "Status", "Follow-ups", "Commitment"]
    /// How long a commitment's text may be in a table cell.
    public static let textWidth = 70

    /// One table row.
    public static func row(_ entry: CommitmentEntry) -> [String] {
        [
            String(entry.id), entry.date?.iso ?? "undated", entry.makersText, entry.due?.iso ?? "-", entry.status.rawValue,
            String(entry.followUps.count), ReportText.shortened(entry.text, to: textWidth),
        ]
    }

    /// The list as JSON: `{"asOf": ..., "commitments": [...]}` with every follow-up.
    public static func json(_ entries: [CommitmentEntry], asOf: PartialDate?) throws -> String {
        try CommitmentJSON.encode(CommitmentJSON.List(asOf: asOf, commitments: entries))
    }

    /// The list as CSV with a header line, one commitment a line, the whole text.
    public static func csv(_ entries: [CommitmentEntry]) -> String {
        let header = "id,date,made_by,due,status,kind,follow_ups,document,text"
        let lines = entries.map { entry in
            [
                String(entry.id), entry.date?.iso ?? "", entry.madeBy.joined(separator: "; "), entry.due?.iso ?? "",
                entry.status.rawValue, entry.kind ?? "", String(entry.followUps.count), entry.document?.name ?? "",
                ReportText.oneLine(entry.text),
            ].map(ReportText.csvField).joined(separator: ",")
        }
        return ([header] + lines).joined(separator: "\n")
    }

    /// The list as a Markdown table, for a panel report.
    public static func markdown(_ entries: [CommitmentEntry], asOf: PartialDate?) -> String {
        var lines = [
            "| " + headers.joined(separator: " | ") + " |",
            "|" + String(repeating: "---|", count: headers.count),
        ]
        for entry in entries {
            var cells = row(entry)
            cells[6] = ReportText.oneLine(entry.text)
            lines.append("| " + cells.map(ReportText.markdownCell).joined(separator: " | ") + " |")
        }
        if let asOf { lines.append("\nStatus as of \(asOf.iso), the date of the latest document.") }
        return lines.joined(separator: "\n")
    }
}
