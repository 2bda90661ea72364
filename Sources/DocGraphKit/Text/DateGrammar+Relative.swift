/// Dates relative to the document's own date: "next month", "last week", "later this year",
/// "last March", "Monday". Week and weekday phrases resolve to days only when the reference
/// date has day precision; otherwise they give the reference month, the finest date the
/// document supports.
extension DateGrammar {
    /// A phrase from ``CalendarWords/relativePhrases``, or `last|next|this` before a month name.
    func relative(at index: Int) -> DateMatch? {
        let modifier = lower(index)
        for phrase in CalendarWords.relativePhrasesByFirstWord[modifier] ?? [] where spells(phrase.words, at: index) {
            let end = index + phrase.words.count
            guard let (start, last) = resolve(phrase.unit, offset: phrase.offset) else { return nil }
            return DateMatch(kind: .relative, first: index, end: end, start: start, last: last)
        }
        guard ["last", "next", "this"].contains(modifier), let word = word(index + 1), word.isCapitalised,
              CalendarWords.fullMonthNames.contains(word.lower), let month = word.month,
              let reference, let referenceMonth = reference.month else { return nil }
        var year = reference.year
        if modifier == "last", month >= referenceMonth { year -= 1 }
        if modifier == "next", month <= referenceMonth { year += 1 }
        return single(.relative, index, index + 2, PartialDate(year: year, month: month))
    }

    /// `[last|next|this|on] Weekday`: the day before or on the reference for a bare weekday,
    /// strictly before for "last", strictly after for "next", in the reference's week for "this".
    /// "a Friday" or "every Monday" names no particular day and is no date.
    func weekday(at index: Int) -> DateMatch? {
        let modifier = lower(index)
        let hasModifier = ["last", "next", "this"].contains(modifier)
        let position = hasModifier ? index + 1 : index
        guard let word = word(position), word.isCapitalised, let weekday = CalendarWords.weekdays[word.lower],
              !CalendarWords.genericDeterminers.contains(lower(position - 1)), let reference else { return nil }
        guard let day = CivilDay(reference) else {
            return single(.relative, index, position + 1, reference.truncated(to: .month))
        }
        let back = (day.weekday - weekday + 7) % 7
        let forward = (weekday - day.weekday + 7) % 7
        let target: CivilDay
        switch modifier {
        case "last": target = day.adding(days: -(back == 0 ? 7 : back))
        case "next": target = day.adding(days: forward == 0 ? 7 : forward)
        case "this": target = day.monday.adding(days: weekday - 1)
        default: target = day.adding(days: -back)
        }
        return single(.relative, index, position + 1, target.date)
    }

    /// `(the|this|next|last|early|late) season [of] [year]` or `season [of] year`. A season
    /// followed by a capitalised word is part of a name ("the Autumn Fair") unless a year follows.
    func season(at index: Int) -> DateMatch? {
        let modifier = lower(index)
        let hasModifier = ["the", "this", "next", "last", "early", "late"].contains(modifier)
        let position = hasModifier ? index + 1 : index
        guard let word = word(position), word.token.kind == .word,
              let months = CalendarWords.seasons[word.lower] else { return nil }
        let (explicitYear, end) = year(after: skipping("of", at: position + 1))
        if explicitYear == nil {
            guard hasModifier else { return nil }
            if let next = self.word(position + 1), next.token.kind == .word, next.isCapitalised { return nil }
        }
        guard let year = explicitYear ?? seasonYear(months, modifier: modifier) else { return nil }
        let lastYear = months.last < months.first ? year + 1 : year
        guard let start = PartialDate(year: year, month: months.first),
              let last = PartialDate(year: lastYear, month: months.last) else { return nil }
        return DateMatch(kind: .season, first: index, end: explicitYear == nil ? position + 1 : end,
                         start: start, last: last)
    }

    /// `(by|until|till|before|no later than) [the end of] date`: a date something must happen by.
    func deadline(at index: Int) -> DateMatch? {
        guard let cue = CalendarWords.deadlineCues.first(where: { spells($0, at: index) }) else { return nil }
        var position = index + cue.count
        if let part = CalendarWords.deadlineParts.first(where: { spells($0, at: position) }) {
            position += part.count
        }
        let target = calendarDate(at: position) ?? deadlineRelative(at: position) ?? season(at: position)
            ?? forwardWeekday(at: position) ?? plainYear(at: position) ?? loneMonth(at: position)
        guard let target else { return nil }
        return DateMatch(kind: .deadline, first: index, end: target.end, start: target.start, last: target.last)
    }

    /// `this year`, `last year`, `next year` or a four-digit year, after a span of months.
    func yearPhrase(at index: Int) -> (year: Int, end: Int)? {
        if let year = word(index)?.year { return (year, index + 1) }
        guard lower(index + 1) == "year", let reference else { return nil }
        switch lower(index) {
        case "this": return (reference.year, index + 2)
        case "last": return (reference.year - 1, index + 2)
        case "next": return (reference.year + 1, index + 2)
        default: return nil
        }
    }

    // MARK: Pieces

    /// "the year" and "the month" after a deadline cue mean the reference's.
    private func deadlineRelative(at index: Int) -> DateMatch? {
        if let relative = relative(at: index) { return relative }
        guard lower(index) == "the", let reference else { return nil }
        switch lower(index + 1) {
        case "year": return single(.relative, index, index + 2, PartialDate(year: reference.year))
        case "month": return single(.relative, index, index + 2, reference.truncated(to: .month))
        default: return nil
        }
    }

    /// A weekday on or after the reference ("by Friday").
    private func forwardWeekday(at index: Int) -> DateMatch? {
        guard let word = word(index), word.isCapitalised, let weekday = CalendarWords.weekdays[word.lower],
              let reference else { return nil }
        guard let day = CivilDay(reference) else {
            return single(.relative, index, index + 1, reference.truncated(to: .month))
        }
        return single(.relative, index, index + 1, day.adding(days: (weekday - day.weekday + 7) % 7).date)
    }

    /// A four-digit year with no cue, allowed after a deadline cue ("by 2018").
    private func plainYear(at index: Int) -> DateMatch? {
        guard let year = word(index)?.year else { return nil }
        return single(.absolute, index, index + 1, PartialDate(year: year))
    }

    /// The year of the season a modifier points to, relative to the reference month.
    private func seasonYear(_ months: (first: Int, last: Int), modifier: String) -> Int? {
        guard let reference else { return nil }
        let month = reference.month ?? 6
        let wraps = months.last < months.first
        // The year in which the season around or nearest the reference starts.
        let current = wraps && month <= months.last ? reference.year - 1 : reference.year
        switch modifier {
        case "next": return month < months.first && !(wraps && month <= months.last) ? current : current + 1
        case "last":
            let endsBefore = wraps ? (month > months.last && month < months.first) : month > months.last
            return endsBefore ? current : current - 1
        default: return current
        }
    }

    /// The span a relative phrase covers.
    private func resolve(_ unit: RelativeUnit, offset: Int) -> (PartialDate, PartialDate?)? {
        guard let reference else { return nil }
        switch unit {
        case .year:
            return PartialDate(year: reference.year + offset).map { ($0, nil) }
        case .month:
            guard let month = reference.month else { return nil }
            let total = reference.year * 12 + (month - 1) + offset
            return PartialDate(year: total / 12, month: total % 12 + 1).map { ($0, nil) }
        case .day, .week, .weekend:
            guard let day = CivilDay(reference) else { return (reference.truncated(to: .month), nil) }
            let span: (CivilDay, CivilDay)
            switch unit {
            case .day: span = (day.adding(days: offset), day.adding(days: offset))
            case .week: span = (day.monday.adding(days: 7 * offset), day.monday.adding(days: 7 * offset + 6))
            default: span = (day.monday.adding(days: 7 * offset + 5), day.monday.adding(days: 7 * offset + 6))
            }
            guard let first = span.0.date, let last = span.1.date else { return nil }
            return (first, unit == .day ? nil : last)
        }
    }
}
