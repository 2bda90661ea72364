/// The rules that recognise date expressions over a run of tokens and resolve them against a
/// reference date. ``DateNormaliser`` is its public face.
struct DateGrammar {
    let words: DateWords
    let reference: PartialDate?

    /// The longest expression that starts at a token, trying the rules from the most specific.
    func match(at index: Int) -> DateMatch? {
        let word = words[index]
        guard word.token.kind == .number || CalendarWords.starters.contains(word.lower) else { return nil }
        return range(at: index) ?? deadline(at: index) ?? calendarDate(at: index) ?? relative(at: index)
            ?? season(at: index) ?? weekday(at: index) ?? cuedYear(at: index) ?? loneMonth(at: index)
    }

    // MARK: Token helpers

    /// The lower-cased text of the token at an index, or "" past the end.
    func lower(_ index: Int) -> String {
        index >= 0 && index < words.count ? words[index].lower : ""
    }

    /// The word at an index, if there is one.
    func word(_ index: Int) -> DateWord? {
        index >= 0 && index < words.count ? words[index] : nil
    }

    /// The index after an optional token with the given text.
    func skipping(_ text: String, at index: Int) -> Int {
        lower(index) == text ? index + 1 : index
    }

    /// True when the tokens from an index spell the given lower-case words.
    func spells(_ phrase: [String], at index: Int) -> Bool {
        phrase.indices.allSatisfy { lower(index + $0) == phrase[$0] }
    }

    // MARK: Resolution

    /// The year a month without one belongs to: the reference year, unless the month is eight
    /// or more months from the reference month, when the adjacent year puts it nearer
    /// ("January" in a December document is next January).
    func inferredYear(forMonth month: Int) -> Int? {
        guard let reference else { return nil }
        guard let referenceMonth = reference.month else { return reference.year }
        let delta = month - referenceMonth
        if delta >= 8 { return reference.year - 1 }
        if delta <= -8 { return reference.year + 1 }
        return reference.year
    }

    /// The date the parts give, with a missing year taken from the reference.
    func resolve(_ parts: DateParts) -> PartialDate? {
        guard let month = parts.month else { return parts.year.flatMap { PartialDate(year: $0) } }
        guard let year = parts.year ?? inferredYear(forMonth: month) else { return nil }
        return PartialDate(year: year, month: month, day: parts.day)
    }

    /// A single-date match over tokens `first..<end`.
    func single(_ kind: DateExpression.Kind, _ first: Int, _ end: Int, _ date: PartialDate?) -> DateMatch? {
        date.map { DateMatch(kind: kind, first: first, end: end, start: $0, last: nil) }
    }
}
