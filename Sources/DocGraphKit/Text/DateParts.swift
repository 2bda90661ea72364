/// The pieces of a calendar date a text gave, before missing pieces are filled in from the
/// document's date.
struct DateParts: Hashable {
    var year: Int?
    var month: Int?
    var day: Int?
    /// ISO weekday (Monday 1) named beside the date, if any.
    var weekday: Int?
}

/// A date expression matched over tokens, before its text is cut out.
struct DateMatch {
    var kind: DateExpression.Kind
    /// Index of the first token of the expression.
    var first: Int
    /// Index just past the last token.
    var end: Int
    var start: PartialDate
    var last: PartialDate?
}
