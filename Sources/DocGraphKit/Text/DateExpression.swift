/// A date expression found in a text and normalised against the document's date.
///
/// `start` carries the precision the text gives: "March 2017" is `2017-03`, "23rd March 2017"
/// is `2017-03-23`. Ranges, weeks and seasons also have an `end`.
public struct DateExpression: Hashable, Sendable, Codable {
    /// What sort of expression it is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A calendar date, possibly with its year taken from the document ("March 6").
        case absolute
        /// A date relative to the document's date ("next month", "last week", "Monday").
        case relative
        /// A span between two dates ("1 June 2017 to 31 May 2019").
        case range
        /// A date something must happen by ("by the end of 2017").
        case deadline
        /// A season ("in the summer"), from its first to its last month.
        case season
    }

    /// Where the expression lies, in UTF-8 offsets of the text.
    public var range: TextRange
    /// The words of the expression as they appear.
    public var text: String
    /// The date, or the first date of a span.
    public var start: PartialDate
    /// The last date of a span; `nil` for a single date.
    public var end: PartialDate?
    public var kind: Kind

    public init(range: TextRange, text: String, start: PartialDate, end: PartialDate? = nil, kind: Kind) {
        self.range = range
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
    }
}
