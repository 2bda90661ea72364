import DocGraphReports
import Foundation

/// How `docgraph met` writes its meetings in each format.
struct MetOutput {
    let name: String
    let meetings: [AttendedMeeting]

    func render(_ format: MetFormat) -> String {
        let table = ReportTable(columns: AttendedMeeting.columns, rows: meetings.map(\.cells))
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(meetings)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        case .csv:
            return table.csv()
        case .markdown:
            return table.markdown()
        case .table:
            return terminalTable()
        }
    }

    /// A count, an aligned table, and each meeting's evidence below it, numbered.
    private func terminalTable() -> String {
        guard !meetings.isEmpty else { return "no meetings found for \(name)" }
        let rows = meetings.enumerated().map { index, meeting in
            ["\(index + 1)", meeting.date ?? "-", meeting.status ?? "", meeting.title, meeting.role ?? "",
             meeting.places.joined(separator: "; "), meeting.others.joined(separator: "; ")]
        }
        let table = TextTable(headers: ["#", "date", "status", "meeting", "role", "place", "with"], rows: rows, rightAligned: [0])
        let evidence = meetings.enumerated().map { index, meeting in "[\(index + 1)] \(meeting.document): \(meeting.evidence)" }
        let count = "\(meetings.count) meeting\(meetings.count == 1 ? "" : "s") of \(name)"
        return ([count, "", table.render(), "", "Evidence:"] + evidence).joined(separator: "\n")
    }
}
