/// One token as the date grammar sees it: its lower-cased text and the numbers it can stand for.
struct DateWord {
    let token: Token
    /// Lower-cased text; for words, without a possessive `'s` ("month's" is "month").
    let lower: String
    /// True when the token starts with an upper-case letter.
    let isCapitalised: Bool
    /// The value of a token of plain ASCII digits.
    let number: Int?
    /// The value of a day number such as `23` or `23rd`, when it is 1 to 31.
    let day: Int?

    init(_ token: Token) {
        self.token = token
        let text = token.text
        // No calendar word is longer than twelve bytes, so longer words need no lower-casing.
        var lower = token.kind == .word && text.utf8.count <= 12 ? text.lowercased() : text
        if token.kind == .word, lower.unicodeScalars.count > 2,
           lower.utf8.suffix(2).elementsEqual("'s".utf8) || lower.utf8.suffix(4).elementsEqual("’s".utf8) {
            lower.removeLast(2)
        }
        self.lower = lower
        self.isCapitalised = text.unicodeScalars.first.map { $0.isUppercaseScalar } ?? false
        let digits = text.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let value = digits.isEmpty || digits.count > 9 ? nil : Int(String(decoding: digits, as: UTF8.self))
        let suffix = lower.dropFirst(digits.count)
        self.number = token.kind == .number && suffix.isEmpty ? value : nil
        let isDay = token.kind == .number && digits.count <= 2
            && (suffix.isEmpty || CalendarWords.ordinalSuffixes.contains(String(suffix)))
        self.day = isDay ? value.flatMap { (1...31).contains($0) ? $0 : nil } : nil
    }

    /// The month a word names, if any (full names and abbreviations).
    var month: Int? { token.kind == .word ? CalendarWords.months[lower] : nil }

    /// The year a four-digit number stands for.
    var year: Int? {
        guard let number, token.text.utf8.count == 4, (1000...2199).contains(number) else { return nil }
        return number
    }
}
