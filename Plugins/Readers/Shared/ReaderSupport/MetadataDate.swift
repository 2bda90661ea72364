import DocGraphKit
import Foundation

/// Dates as file formats state them in their metadata: ISO 8601 (HTML meta tags, DOCX core
/// properties) and RFC 5322 (e-mail `Date:` headers).
public enum MetadataDate {
    /// The date at the start of an ISO 8601 value (`2017-07-07T09:00:00Z`, `2017-07`, `2017`),
    /// at the precision it gives.
    public static func iso(_ value: String) -> PartialDate? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        for length in [10, 7, 4] where trimmed.count >= length {
            let next = trimmed.dropFirst(length).first
            if next.map({ !$0.isNumber }) ?? true, let date = PartialDate(iso: String(trimmed.prefix(length))) {
                return date
            }
        }
        return nil
    }

    /// The calendar day of an RFC 5322 date (`Fri, 7 Jul 2017 09:30:00 +0100`), as the sender's
    /// clock stated it. Two-digit years are read as RFC 5322 says (00-49 are 2000s).
    public static func rfc5322(_ value: String) -> PartialDate? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let words = value.lowercased().split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "-" }.map(String.init)
        guard let monthIndex = words.firstIndex(where: { months.contains(String($0.prefix(3))) && $0.count >= 3 }),
              let month = months.firstIndex(of: String(words[monthIndex].prefix(3))).map({ $0 + 1 }),
              monthIndex > 0, let day = Int(words[monthIndex - 1]),
              monthIndex + 1 < words.count, var year = Int(words[monthIndex + 1]) else { return nil }
        if words[monthIndex + 1].count == 2 { year += year < 50 ? 2000 : 1900 }
        return PartialDate(year: year, month: month, day: day)
    }
}
