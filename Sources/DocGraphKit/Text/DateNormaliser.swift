/// Finds date expressions in text and normalises them against a document's own date, at the
/// precision the text gives.
///
/// "23rd March 2017" is `2017-03-23`; "March 2017" is `2017-03`; "March 6" takes its year
/// from the reference date (the reference year, unless the month lies eight or more months
/// from the reference month: "January" in a December 2016 document is 2017-01, "December 2"
/// in it is 2016-12-02). Relative phrases ("next month", "later this year", "last week",
/// "Monday") count from the reference; weeks and weekdays resolve to days only when the
/// reference has day precision, and otherwise give the reference month. A bare weekday is
/// the latest such day on or before the reference (newsletters report what happened).
/// Seasons are meteorological (summer is June to August). Spans of years written `2016-17`
/// or `2016/17` are read as a financial or academic year: a range from 2016 to 2017 at year
/// precision, since the text does not say which month starts it.
///
/// Without a reference date only expressions that carry their own year are returned.
public struct DateNormaliser: Sendable {
    /// The date relative expressions count from: usually the document's date.
    public let reference: PartialDate?

    public init(reference: PartialDate?) {
        self.reference = reference
    }

    /// A normaliser for a document, counting from its date.
    public init(document: Document) {
        self.init(reference: document.date)
    }

    /// The date expressions in a text (or a range of it), in text order, without overlaps.
    public func expressions(in text: String, range: TextRange? = nil) -> [DateExpression] {
        let tokens = range.map { Tokenizer().tokens(in: text, range: $0) } ?? Tokenizer().tokens(in: text)
        return expressions(in: text, tokens: tokens)
    }

    /// The date expressions among tokens already made from `text` (by ``Tokenizer``), such as
    /// the tokens of one sentence.
    public func expressions(in text: String, tokens: some Collection<Token>) -> [DateExpression] {
        let grammar = DateGrammar(words: DateWords(tokens: Array(tokens)), reference: reference)
        var found: [DateExpression] = []
        var index = 0
        while index < grammar.words.count {
            // Only a number or a calendar word can start a date, or a calendar date to skip.
            let token = grammar.words.tokens[index]
            guard CalendarWords.mayStart(token),
                  token.kind == .number || CalendarWords.starters.contains(grammar.words[index].lower) else {
                index += 1
                continue
            }
            guard let match = grammar.match(at: index), match.end > match.first else {
                // An impossible calendar date ("30 February 2017") is skipped whole, so that
                // no part of it is read as a date of its own.
                index = grammar.calendarParts(at: index).map { max($0.end, index + 1) } ?? index + 1
                continue
            }
            let range = TextRange(start: grammar.words[match.first].token.range.start,
                                  end: grammar.words[match.end - 1].token.range.end)
            found.append(DateExpression(range: range, text: Document.slice(text, range), start: match.start,
                                        end: match.last, kind: match.kind))
            index = match.end
        }
        return found
    }
}
