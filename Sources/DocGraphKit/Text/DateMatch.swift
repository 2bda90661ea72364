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
