/// Dates written with digits only: `2017-03-23`, `23/03/2017`, `23.03.17`, and spans of years
/// such as `2016-2020` or `2016-17`.
enum NumericDate {
    /// A full date: year-month-day when the first part has four digits, otherwise day/month/year
    /// as written in Britain, falling back to month/day/year when the British reading is
    /// impossible. Two-digit years are in the 2000s.
    static func date(_ text: String) -> PartialDate? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        if parts[0].count == 4 { return PartialDate(year: numbers[0], month: numbers[1], day: numbers[2]) }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4 else { return nil }
        let year = parts[2].count == 2 ? 2000 + numbers[2] : numbers[2]
        return PartialDate(year: year, month: numbers[1], day: numbers[0])
            ?? PartialDate(year: year, month: numbers[0], day: numbers[1])
    }

    /// A span of years: `2016-2020`, or `2016-17` / `2016/17` where the two-digit part is the
    /// following year (a financial or academic year). The span is given at year precision: the
    /// text does not say in which month such a year starts.
    static func years(_ text: String) -> (first: PartialDate, last: PartialDate)? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "–" })
        guard parts.count == 2, parts[0].count == 4, let first = Int(parts[0]), (1900...2199).contains(first),
              let second = Int(parts[1]) else { return nil }
        let last: Int
        switch parts[1].count {
        case 2 where second == (first + 1) % 100: last = first + 1
        case 4 where second > first && second - first <= 30: last = second
        default: return nil
        }
        guard let start = PartialDate(year: first), let end = PartialDate(year: last) else { return nil }
        return (start, end)
    }
}
