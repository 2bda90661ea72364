/// The kinds of token the lexer produces. Keywords are names; the parser recognises them.
public enum TokenKind: Hashable, Sendable {
    /// A name or keyword as written, without quotes.
    case name(String)
    /// A name in backticks, unescaped; never a keyword.
    case quotedName(String)
    /// An integer literal's magnitude; the sign is a separate token.
    case integer(UInt64)
    case float(Double)
    /// A string literal with its escapes resolved.
    case string(String)
    /// `$name` or `$0`.
    case parameter(String)
    /// Punctuation and operators: `(`, `..`, `<=`, `=~`, `+=`, ...
    case symbol(String)
    case end
}
