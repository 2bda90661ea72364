import DocGraphKit

/// One dated line of a diary list ("March 7: Rugby Community Safety Partnership meeting").
struct DiaryEntry: Sendable, Hashable {
    /// The whole entry.
    var range: TextRange
    /// The words after the date and colon.
    var body: TextRange
    /// The entry's date; `nil` when the document has no date to take the year from.
    var date: PartialDate?

    /// Marks that separate an entry's date from what happens.
    static let separators: Set<String> = [":", "-", "–", "—"]

    /// The diary entries of a document: list items the reader marked `list: diary` (dated by
    /// their `date` when the reader could resolve it), and otherwise lines that start with a
    /// day-precise date followed by a colon or dash.
    static func entries(in document: Document, annotations: Annotations) -> [DiaryEntry] {
        let marked = document.blocks.compactMap { block -> DiaryEntry? in
            guard block.attributes["list"] == "diary" else { return nil }
            return entry(in: block.range, date: block.attributes["date"].flatMap(PartialDate.init(iso:)), annotations: annotations)
        }
        if !marked.isEmpty { return marked }
        // Without the document's date a line's date has no year: its shape still makes it an entry.
        let normaliser = DateNormaliser(reference: document.date ?? PartialDate(year: 2000, month: 1))
        var found: [DiaryEntry] = []
        var start = 0
        let utf8 = Array(document.text.utf8)
        for end in (0...utf8.count) where end == utf8.count || utf8[end] == 0x0A {
            defer { start = end + 1 }
            let line = TextRange(start: start, end: end)
            let tokens = annotations.tokens(inside: line)
            guard let colon = tokens.prefix(6).firstIndex(where: { separators.contains($0.text) }) else { continue }
            let head = tokens[tokens.startIndex..<colon]
            let dates = normaliser.expressions(in: document.text, tokens: head)
            guard dates.count == 1, let date = dates.first, date.start.precision == .day, date.end == nil,
                  date.range.start == head.first?.range.start else { continue }
            if let entry = entry(in: line, date: document.date == nil ? nil : date.start, annotations: annotations) {
                found.append(entry)
            }
        }
        return found
    }

    /// The entry over a line, its body starting after the first colon when the line has one
    /// among its first words.
    private static func entry(in range: TextRange, date: PartialDate?, annotations: Annotations) -> DiaryEntry? {
        let tokens = annotations.tokens(inside: range)
        guard let first = tokens.first else { return nil }
        var bodyStart = first.range.start
        if let colon = tokens.prefix(6).firstIndex(where: { separators.contains($0.text) }), colon + 1 < tokens.endIndex {
            bodyStart = tokens[colon + 1].range.start
        }
        guard let last = tokens.last(where: { $0.text != "." }), last.range.end > bodyStart else { return nil }
        return DiaryEntry(
            range: TextRange(start: first.range.start, end: tokens.last?.range.end ?? last.range.end),
            body: TextRange(start: bodyStart, end: last.range.end), date: date)
    }
}
