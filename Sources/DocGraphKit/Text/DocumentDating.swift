/// Reads a document's own date, kind and title from its text, for every reader to share.
///
/// The date is the first leading line that is a date ("March 2017", "23rd March 2017"), at the
/// precision it gives; failing that, a date on a short leading line that starts with a label
/// such as "Sent:" or "Published".
/// The kind weighs general cues: "newsletter", "monthly update" and "unsubscribe" point to a
/// newsletter; "Report to" at the start of a line to a report; "Minutes of" and "Present:" to
/// minutes. The title is the first meaningful leading line, skipping e-mail chrome ("Copy",
/// "View this email in your browser"), picture placeholders, a letterhead of short broken
/// lines, labels such as "Item 3", and date lines.
public enum DocumentDating {
    /// How many non-blank lines count as a document's leading lines.
    public static let leadingLineCount = 25

    /// The start of a text up to and including its `lines`-th non-blank line: what the other
    /// functions expect as leading text.
    public static func leadingText(of text: String, lines: Int = leadingLineCount) -> Substring {
        var seen = 0
        var end = text.endIndex
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            if !text[lineStart..<lineEnd].allSatisfy(\.isWhitespace) { seen += 1 }
            if seen >= lines {
                end = lineEnd
                break
            }
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return text[..<end]
    }

    /// The document's date from its leading lines, at the precision they give; `nil` when no
    /// leading line carries a date with its year.
    public static func date(inLeadingText text: some StringProtocol) -> PartialDate? {
        date(of: LeadingLine.lines(of: String(text)))
    }

    /// The title and the date of a document's leading text, reading its lines once: what
    /// ``title(inLeadingText:)`` and ``date(inLeadingText:)`` give.
    public static func titleAndDate(inLeadingText text: some StringProtocol) -> (title: String?, date: PartialDate?) {
        let lines = LeadingLine.lines(of: String(text))
        return (title(of: lines), date(of: lines))
    }

    static func date(of lines: [LeadingLine]) -> PartialDate? {
        if let line = lines.first(where: \.isDateLine) { return line.dates.first?.start }
        let dated = lines.first { line in
            line.wordCount <= 12 && line.startsWithDateLabel && line.dates.contains { $0.start.precision >= .month }
        }
        return dated?.dates.first { $0.start.precision >= .month }?.start
    }

    /// The kind of document a text is, from general cues; `.other` when none is found.
    public static func kind(of text: some StringProtocol) -> DocumentKind {
        // The cues are ASCII: only ASCII letters need lower-casing to find them.
        let lower = PlainText.asciiLowercased(text)
        let leading = leadingText(of: lower)
        var lineStarts: [Substring.UTF8View] = []
        for line in lower.utf8.split(separator: UInt8(ascii: "\n")) {
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "#") }
            if !trimmed.isEmpty { lineStarts.append(trimmed) }
        }
        var scores: [DocumentKind: Int] = [:]
        for cue in DocumentCues.kindCues {
            let found: Bool
            switch cue.place {
            case .leading: found = UTF8Search.contains(leading, cue.phrase)
            case .anywhere: found = UTF8Search.contains(lower, cue.phrase)
            case .lineStart: found = lineStarts.contains { $0.starts(with: cue.phrase.utf8) }
            }
            if found { scores[cue.kind, default: 0] += cue.weight }
        }
        let ranked = [DocumentKind.newsletter, .report, .minutes].max { (scores[$0] ?? 0) < (scores[$1] ?? 0) }
        guard let best = ranked, let score = scores[best], score > 0 else { return .other }
        return best
    }

    /// True for a line that e-mail programs and web pages add around the content ("Copy",
    /// "View this email in your browser", "unsubscribe from this list", a bare "Twitter"), or
    /// a short line standing for a picture ("Newsletter header image").
    public static func isChrome(line: some StringProtocol) -> Bool {
        DocumentCues.isChrome(line.drop { $0.isWhitespace })
    }

    /// The document's title: the first meaningful leading line, without markdown emphasis;
    /// `nil` when that line reads as body text rather than a title (it ends with a full stop
    /// or a colon, is long, or runs on into a line starting in lower case).
    public static func title(inLeadingText text: some StringProtocol) -> String? {
        title(of: LeadingLine.lines(of: String(text)))
    }

    static func title(of leadingLines: [LeadingLine]) -> String? {
        let lines = Array(leadingLines.drop { $0.isChrome })
        let letterhead = LeadingLine.letterheadCount(of: lines)
        guard let index = lines.indices.dropFirst(letterhead).first(where: { index in
            let line = lines[index]
            return !line.isChrome && !line.isLabel && !line.isDateLine
        }) else { return nil }
        let line = lines[index]
        let runsOn = index + 1 < lines.count && lines[index + 1].startsLowercase
        return line.looksLikeBody || runsOn || [":", ",", ";"].contains(line.text.last.map(String.init) ?? "")
            ? nil : line.text
    }
}
