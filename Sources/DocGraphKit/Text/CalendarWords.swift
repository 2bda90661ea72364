/// The English calendar words the date analysis knows, kept as data in one place.
///
/// All keys are lower-case. Abbreviations are listed beside full names; which of them a rule
/// accepts alone is decided where it is used (a bare "Sat" or "Wed" is usually a verb).
enum CalendarWords {
    /// Month names and their abbreviations, with the month number.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// Full month names, the only month words accepted without a day or year beside them.
    static let fullMonthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Full month names that are also common English words and need a cue to count as a month
    /// when they stand alone ("in May", not "May I ...").
    static let ambiguousMonths: Set<String> = ["may", "march"]

    /// Weekday names with ISO numbers (Monday 1 ... Sunday 7).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Weekday abbreviations, accepted only directly before a day and month.
    static let weekdayAbbreviations: [String: Int] = [
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    /// Seasons of the northern hemisphere (meteorological), as first and last month; winter
    /// runs from December into the next year's February.
    static let seasons: [String: (first: Int, last: Int)] = [
        "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
    ]

    /// Suffixes of ordinal day numbers (`23rd`).
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Words after which a bare four-digit number is read as a year ("in 2016", "since 2015").
    static let yearCues: Set<String> = [
        "in", "during", "since", "from", "until", "till", "by", "before", "after", "throughout", "early", "late",
        "mid", "end", "start", "beginning", "middle",
    ]

    /// Words before a weekday that make it any such day rather than one ("on a Friday night").
    static let genericDeterminers: Set<String> = ["a", "an", "every", "each", "most", "some", "any"]

    /// Words after which a lone month name is read as a month ("in January", "by March").
    static let monthCues: Set<String> = [
        "in", "during", "since", "from", "until", "till", "by", "before", "after", "throughout", "early", "late",
        "mid", "of", "this", "next", "last", "and", "or", "to", "between", "on",
    ]

    /// Relative phrases in lower case, with the unit they count in and how many units from the
    /// document's date they point. Longer phrases come first so they win over their tails.
    static let relativePhrases: [(words: [String], unit: RelativeUnit, offset: Int)] = [
        (["later", "in", "the", "month"], .month, 0), (["earlier", "in", "the", "month"], .month, 0),
        (["later", "in", "the", "year"], .year, 0), (["earlier", "in", "the", "year"], .year, 0),
        (["the", "end", "of", "the", "year"], .year, 0), (["the", "end", "of", "the", "month"], .month, 0),
        (["later", "this", "month"], .month, 0), (["earlier", "this", "month"], .month, 0),
        (["later", "this", "year"], .year, 0), (["earlier", "this", "year"], .year, 0),
        (["later", "this", "week"], .week, 0), (["earlier", "this", "week"], .week, 0),
        (["the", "previous", "month"], .month, -1), (["the", "following", "month"], .month, 1),
        (["the", "previous", "year"], .year, -1), (["the", "following", "year"], .year, 1),
        (["the", "previous", "week"], .week, -1), (["the", "following", "week"], .week, 1),
        (["this", "month"], .month, 0), (["next", "month"], .month, 1), (["last", "month"], .month, -1),
        (["this", "year"], .year, 0), (["next", "year"], .year, 1), (["last", "year"], .year, -1),
        (["this", "week"], .week, 0), (["next", "week"], .week, 1), (["last", "week"], .week, -1),
        (["this", "weekend"], .weekend, 0), (["next", "weekend"], .weekend, 1), (["last", "weekend"], .weekend, -1),
        (["today"], .day, 0), (["tonight"], .day, 0), (["yesterday"], .day, -1), (["tomorrow"], .day, 1),
    ]

    /// The relative phrases by their first word, each word's in the order of ``relativePhrases``.
    static let relativePhrasesByFirstWord: [String: [(words: [String], unit: RelativeUnit, offset: Int)]] =
        Dictionary(grouping: relativePhrases, by: { $0.words.first ?? "" })

    /// Words that open a deadline ("by the end of 2017", "until March").
    static let deadlineCues: [[String]] = [["no", "later", "than"], ["by"], ["until"], ["till"], ["before"]]

    /// Words between a deadline cue and its date that name a part of it ("the end of").
    static let deadlineParts: [[String]] = [
        ["the", "end", "of"], ["the", "start", "of"], ["the", "beginning", "of"], ["the", "middle", "of"],
        ["the", "close", "of"], ["end", "of"],
    ]

    /// Every word a date expression can start with, so that most tokens are passed over with
    /// one look-up. Numbers can start one too.
    static let starters: Set<String> = {
        var words = Set(months.keys).union(weekdays.keys).union(weekdayAbbreviations.keys).union(seasons.keys)
        words.formUnion(relativePhrases.compactMap(\.words.first))
        words.formUnion(deadlineCues.compactMap(\.first))
        words.formUnion(["between", "from", "the", "this", "next", "last", "early", "late"])
        return words
    }()

    /// The length in UTF-8 bytes and the lower-cased first byte of every starter, as
    /// `length << 8 | byte`: a word of any other shape starts no date, and is passed over
    /// without being lower-cased.
    static let starterShapes: Set<Int> = Set(starters.compactMap { word in
        word.utf8.first.map { shape(length: word.utf8.count, first: $0) }
    })

    /// True when a token can start a date: a number, or a word that may be a starter.
    static func mayStart(_ token: Token) -> Bool {
        switch token.kind {
        case .number:
            return true
        case .word:
            let utf8 = token.text.utf8
            guard let first = utf8.first else { return false }
            let lower = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") ? first | 0x20 : first
            if starterShapes.contains(shape(length: utf8.count, first: lower)) { return true }
            // A possessive ("March's") is read without its 's.
            guard utf8.last == UInt8(ascii: "s") else { return false }
            return starterShapes.contains(shape(length: utf8.count - 2, first: lower))
                || starterShapes.contains(shape(length: utf8.count - 4, first: lower))
        default:
            return false
        }
    }

    private static func shape(length: Int, first: UInt8) -> Int {
        length << 8 | Int(first)
    }
}
