import DocGraphKit

/// Finds when a commitment is due from the words of its clause.
///
/// Only words after the cue count ("This week came the news ... which will be required" has
/// no timetable). The latest date expression there that does not lie before the document's
/// date gives the due date: its end for a span or a season ("in the summer" is August), its
/// date otherwise ("by the end of 2017", "on Friday, 6 January"); of "during March and April"
/// the latest is April. Failing one, a horizon phrase counts from the document's date: "in
/// the coming weeks" is due a month later, "in the coming months" three months later.
struct DueDateFinder: Sendable {
    let lexicon: CommitmentLexicon

    /// What the clause says about timing.
    struct Timing: Hashable, Sendable {
        /// The due date, when one can be told.
        var due: PartialDate?
        /// True when the clause gives any timetable, dated or not ("in due course").
        var hasTimetable: Bool
    }

    /// The timing the clause gives after its word at `cue`.
    func timing(of clause: Clause, after cue: Int, in document: Document) -> Timing {
        let from = clause.words[min(cue, clause.words.count - 1)].range.start
        let tokens = clause.tokens.filter { $0.range.start >= from }
        let dates = DateNormaliser(document: document).expressions(in: document.text, tokens: tokens)
            .map { $0.end ?? $0.start }
            .filter { date in document.date.map { !Self.ends(date, before: $0) } ?? true }
        if let latest = dates.max(by: { Self.ends($0, before: $1) }) {
            return Timing(due: latest, hasTimetable: true)
        }
        let words = Array(clause.lower[min(cue, clause.words.count)...])
        let weeks = !lexicon.horizonWeeks.matches(in: words).isEmpty
        let months = !lexicon.horizonMonths.matches(in: words).isEmpty
        if weeks || months {
            return Timing(due: document.date.flatMap { Self.month($0, adding: weeks ? 1 : 3) }, hasTimetable: true)
        }
        return Timing(due: nil, hasTimetable: !lexicon.horizonOpen.matches(in: words).isEmpty)
    }

    /// True when the period a date names ends before another begins.
    static func ends(_ date: PartialDate, before other: PartialDate) -> Bool {
        CommitmentStatus.isPast(due: date, asOf: other)
    }

    /// The month some months after a date's month (its year's January for a bare year).
    static func month(_ date: PartialDate, adding months: Int) -> PartialDate? {
        let index = date.year * 12 + (date.month ?? 1) - 1 + months
        return PartialDate(year: index / 12, month: index % 12 + 1)
    }
}
