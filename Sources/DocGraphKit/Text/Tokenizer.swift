/// Splits text into words, numbers, punctuation and symbols, each with its UTF-8 range.
///
/// Words keep internal apostrophes and hyphens (`O'Neil`, `Parkinson’s`, `Co-ordinator`) and
/// initialisms keep their full stops (`e.g.`, `U.K.`). Numbers keep what belongs to them
/// (`1,300,000`, `£4.030m`, `2016-2020`, `99%`, `23rd`). Web addresses, e-mail addresses,
/// `@handles` and `#tags` are single symbol tokens, so no extractor mistakes them for words.
/// White space, including the no-break space, separates tokens and belongs to none.
///
/// The scan walks UTF-8 bytes and decodes only non-ASCII scalars, so it costs one pass.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of a whole text, in order.
    public func tokens(in text: String) -> [Token] {
        tokens(in: text, range: TextRange(start: 0, end: text.utf8.count))
    }

    /// The tokens inside a range of a text, in order, with ranges counted from the text's start.
    /// The range is clamped to the text.
    public func tokens(in text: String, range: TextRange) -> [Token] {
        UTF8Bytes.with(text) { bytes in
            let start = max(0, min(range.start, bytes.count))
            let end = max(start, min(range.end, bytes.count))
            return TokenScanner(bytes: bytes).spans(from: start, to: end).map { span in
                Token(kind: span.kind, range: TextRange(start: span.start, end: span.end),
                      text: bytes.string(span.start, span.end))
            }
        }
    }
}
