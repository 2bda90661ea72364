import DocGraphKit

/// A diary line: a date at the start, then a colon or dash and what happens ("March 6: Visit to
/// the scheme", "10 Sept: Forum", "Friday 3rd March - Board").
struct DiaryEntry {
    /// The entry's date resolved against the document's date; `nil` when the document has no
    /// date and the entry gives no year.
    let date: PartialDate?

    /// A reference that lets an undated document's entries be recognised by their shape.
    private static let shapeReference = PartialDate(year: 2000, month: 6)
    /// Marks between an entry's date and what happens.
    private static let separators: Set<String> = [":", "-", "–", "—"]
    /// Enough tokens for the longest date ("Friday, 22nd of December 2016" or a span).
    private static let dateTokens = 12

    /// Reads a line of `text` as a diary entry, or fails when it is not one.
    init?(_ entry: LineEntry, in text: String, date documentDate: PartialDate?) {
        let tokens = entry.line.tokens.prefix(Self.dateTokens)
        guard tokens.contains(where: { Self.separators.contains($0.text) }) else { return nil }
        let probe = DateNormaliser(reference: documentDate ?? Self.shapeReference)
        guard let found = probe.expressions(in: text, tokens: tokens).first,
              found.range.start == entry.range.start, found.kind == .absolute || found.kind == .range,
              found.start.precision >= .month,
              let separator = entry.line.tokens.firstIndex(where: { $0.range.start >= found.range.end }),
              Self.separators.contains(entry.line.tokens[separator].text),
              separator + 1 < entry.line.tokens.endIndex else { return nil }
        if documentDate != nil {
            date = found.start
        } else {
            let ownYear = DateNormaliser(reference: nil).expressions(in: text, tokens: tokens).first
            date = ownYear?.range == found.range ? ownYear?.start : nil
        }
    }
}
