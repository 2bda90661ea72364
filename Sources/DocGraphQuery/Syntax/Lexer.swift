/// Splits a query's text into tokens: names, literals, parameters and symbols.
///
/// Comments (`// ...` and `/* ... */`) and white space are skipped. Number literals are
/// decimal, hexadecimal (`0x1F`), octal (`0o17`) or floating point (`1.5`, `.5`, `1e9`).
public struct Lexer: Sendable {
    public init() {}

    /// The tokens of a source, ending with a `.end` token.
    public func tokens(of source: Source) throws(QueryError) -> [Token] {
        var scanner = LexerScanner(scalars: source.scalars)
        var tokens: [Token] = []
        while true {
            let token = try scanner.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }
}
