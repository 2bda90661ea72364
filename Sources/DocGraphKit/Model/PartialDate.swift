/// A calendar date known to the precision the text gives: a year, a month or a day.
///
/// Its ISO 8601 form (`2017`, `2017-03`, `2017-03-23`) is how dates are stored and exported.
/// Dates compare by their first day, so `2017-03` sorts before `2017-03-01`'s successor days
/// and after every day in February.
public struct PartialDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// How much of the date the text gave.
    public enum Precision: Int, Comparable, Sendable, Codable {
        case year, month, day
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// A date; `day` is kept only when `month` is given. Returns `nil` for impossible dates.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `2017`, `2017-03` or `2017-03-23`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: year, month: month, day: day)
    }

    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The ISO 8601 form at the date's own precision.
    public var iso: String {
        var text = padded(year, width: 4)
        if let month { text += "-" + padded(month, width: 2) }
        if let day { text += "-" + padded(day, width: 2) }
        return text
    }

    public var description: String { iso }

    /// The same date cut to a coarser precision (never finer than it is).
    public func truncated(to precision: Precision) -> PartialDate {
        switch min(precision, self.precision) {
        case .year: return PartialDate(year: year)!
        case .month: return PartialDate(year: year, month: month)!
        case .day: return self
        }
    }

    /// True when the two dates agree at the coarser of their precisions.
    public func agrees(with other: PartialDate) -> Bool {
        let common = min(precision, other.precision)
        return truncated(to: common) == other.truncated(to: common)
    }

    /// The first day the date covers, as (year, month, day).
    public var firstDay: (year: Int, month: Int, day: Int) { (year, month ?? 1, day ?? 1) }

    /// The last day the date covers, as (year, month, day).
    public var lastDay: (year: Int, month: Int, day: Int) {
        let lastMonth = month ?? 12
        return (year, lastMonth, day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let left = lhs.firstDay
        let right = rhs.firstDay
        if left != right { return (left.year, left.month, left.day) < (right.year, right.month, right.day) }
        return lhs.precision < rhs.precision
    }

    /// Days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: container.codingPath, debugDescription: "'\(text)' is not an ISO 8601 date"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// Zero-pads a number to `width` digits.
private func padded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
