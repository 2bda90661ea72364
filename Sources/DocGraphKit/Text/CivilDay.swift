/// A day of the Gregorian calendar counted from 1970-01-01, for the little day arithmetic the
/// relative dates need (weeks, weekdays, yesterday).
struct CivilDay: Hashable, Comparable {
    /// Days since 1970-01-01.
    let number: Int

    init(number: Int) {
        self.number = number
    }

    /// The day of a date at day precision.
    init?(_ date: PartialDate) {
        guard let month = date.month, let day = date.day else { return nil }
        // Howard Hinnant's days_from_civil.
        let year = month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date of the day.
    var date: PartialDate? {
        let shifted = number + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return PartialDate(year: year, month: month, day: day)
    }

    /// ISO weekday: Monday 1 ... Sunday 7 (1970-01-01 was a Thursday).
    var weekday: Int {
        let remainder = (number + 3) % 7
        return (remainder < 0 ? remainder + 7 : remainder) + 1
    }

    /// The day a number of days later (earlier when negative).
    func adding(days: Int) -> CivilDay { CivilDay(number: number + days) }

    /// The Monday of the day's ISO week.
    var monday: CivilDay { adding(days: 1 - weekday) }

    static func < (lhs: CivilDay, rhs: CivilDay) -> Bool { lhs.number < rhs.number }
}
