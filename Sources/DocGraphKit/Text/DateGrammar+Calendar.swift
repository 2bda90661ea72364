/// Calendar dates: a day, month and year in the orders English writes them, numeric dates,
/// spans between two dates, years after a cue and months standing alone.
extension DateGrammar {
    /// `[weekday] day [of] month [year]`, `[weekday] month day [year]`, `month year`, or a
    /// numeric date. Returns the parts and the index after them.
    func calendarParts(at index: Int) -> (parts: DateParts, end: Int)? {
        var next = index
        var weekday: Int?
        if let word = word(next), let named = CalendarWords.weekdays[word.lower]
            ?? CalendarWords.weekdayAbbreviations[word.lower], word.isCapitalised {
            weekday = named
            next = skipping(",", at: next + 1)
        }
        if let day = word(next)?.day {
            let monthIndex = skipping("of", at: next + 1)
            guard let month = month(at: monthIndex) else { return nil }
            let (year, end) = year(after: month.end)
            return (DateParts(year: year, month: month.value, day: day, weekday: weekday), end)
        }
        if let month = month(at: next) {
            if let day = word(month.end)?.day, word(month.end)?.year == nil {
                let (year, end) = year(after: month.end + 1)
                return (DateParts(year: year, month: month.value, day: day, weekday: weekday), end)
            }
            let yearIndex = skipping(",", at: month.end)
            if weekday == nil, let year = word(yearIndex)?.year {
                return (DateParts(year: year, month: month.value), yearIndex + 1)
            }
        }
        return nil
    }

    /// A calendar date (see ``calendarParts(at:)``) or a numeric one (`2017-03-23`, `23/03/2017`).
    func calendarDate(at index: Int) -> DateMatch? {
        if let (parts, end) = calendarParts(at: index) {
            return single(.absolute, index, end, resolve(parts))
        }
        guard let word = word(index), word.token.kind == .number else { return nil }
        if let date = NumericDate.date(word.token.text) { return single(.absolute, index, index + 1, date) }
        if let years = NumericDate.years(word.token.text) {
            return DateMatch(kind: .range, first: index, end: index + 1, start: years.first, last: years.last)
        }
        return nil
    }

    /// `[between|from] date (to|until|-|and) date [this year|year]`, where the first date may
    /// lack what the second gives ("6 to 8 March", "April and June this year"), or a numeric
    /// day span before a month ("6-8 March").
    func range(at index: Int) -> DateMatch? {
        let opener = lower(index)
        let first = opener == "between" || opener == "from" ? index + 1 : index
        if let spanned = daySpan(at: first) { return spanned }
        var left: DateParts
        var connector: Int
        if let (parts, end) = calendarParts(at: first) {
            (left, connector) = (parts, end)
        } else if let day = word(first)?.day {
            (left, connector) = (DateParts(day: day), first + 1)
        } else if let month = month(at: first) {
            (left, connector) = (DateParts(month: month.value), month.end)
        } else {
            return nil
        }
        let joiner = lower(connector)
        let joins = ["to", "until", "till", "through", "-", "–", "—"].contains(joiner)
            || (joiner == "and" && opener == "between")
        guard joins else { return nil }
        var right: DateParts
        var end: Int
        if let (parts, after) = calendarParts(at: connector + 1) {
            (right, end) = (parts, after)
        } else if left.day == nil, left.month != nil, let month = month(at: connector + 1) {
            (right, end) = (DateParts(month: month.value), month.end)
        } else {
            return nil
        }
        guard left.day == nil || left.month != nil || right.day != nil else { return nil }
        if left.month == nil { left.month = right.month }
        if right.year == nil, let (year, after) = yearPhrase(at: end) {
            right.year = year
            end = after
        }
        if left.year == nil, let year = right.year, let leftMonth = left.month, let rightMonth = right.month {
            left.year = leftMonth > rightMonth ? year - 1 : year
        }
        guard let start = resolve(left), let last = resolve(right), start <= last else { return nil }
        return DateMatch(kind: .range, first: first, end: end, start: start, last: last)
    }

    /// A numeric span of days before a month: `6-8 March [2017]`.
    private func daySpan(at index: Int) -> DateMatch? {
        guard let word = word(index), word.token.kind == .number else { return nil }
        let parts = word.token.text.split(whereSeparator: { $0 == "-" || $0 == "–" })
        guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]), first < last,
              (1...31).contains(first), (1...31).contains(last), let month = month(at: index + 1) else { return nil }
        let (year, end) = year(after: month.end)
        guard let start = resolve(DateParts(year: year, month: month.value, day: first)),
              let finish = resolve(DateParts(year: year, month: month.value, day: last)) else { return nil }
        return DateMatch(kind: .range, first: index, end: end, start: start, last: finish)
    }

    /// A four-digit year after a cue: "in 2016", "since 2015", "the end of 2017".
    func cuedYear(at index: Int) -> DateMatch? {
        guard let year = word(index)?.year else { return nil }
        let previous = lower(index - 1)
        let cued = previous == "of" ? ["end", "start", "beginning", "middle"].contains(lower(index - 2))
            : CalendarWords.yearCues.contains(previous)
        return cued ? single(.absolute, index, index + 1, PartialDate(year: year)) : nil
    }

    /// A month named alone: "in January", "by March", "January saw ...". "May" and "March" need
    /// a cue before them; any month followed by a capitalised word is taken as part of a name.
    func loneMonth(at index: Int) -> DateMatch? {
        guard let word = word(index), word.isCapitalised, let month = word.month,
              CalendarWords.fullMonthNames.contains(word.lower) else { return nil }
        let cued = CalendarWords.monthCues.contains(lower(index - 1))
        guard cued || !CalendarWords.ambiguousMonths.contains(word.lower) else { return nil }
        if let next = self.word(index + 1), next.token.kind == .word, next.isCapitalised, !cued { return nil }
        return single(.absolute, index, index + 1, resolve(DateParts(month: month)))
    }

    /// A month word with an optional full stop after an abbreviation.
    func month(at index: Int) -> (value: Int, end: Int)? {
        guard let word = word(index), word.isCapitalised, let month = word.month else { return nil }
        let isAbbreviation = !CalendarWords.fullMonthNames.contains(word.lower)
        let end = isAbbreviation && lower(index + 1) == "." ? index + 2 : index + 1
        return (month, end)
    }

    /// An optional `[,] year` after a date; returns the year and the index after it.
    func year(after index: Int) -> (Int?, Int) {
        let yearIndex = skipping(",", at: index)
        if let year = word(yearIndex)?.year { return (year, yearIndex + 1) }
        return (nil, index)
    }
}
