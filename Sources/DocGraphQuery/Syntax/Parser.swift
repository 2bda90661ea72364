/// Turns tokens into a ``Statement``: a recursive-descent parser with one function per grammar
/// rule, each carrying its rule in its doc comment (openCypher's grammar, lightly simplified).
///
/// Every AST node gets the ``SourceRange`` of the tokens it was built from. Errors say what was
/// expected and what was found, at the token where parsing stopped.
public struct Parser {
    let source: Source
    var tokens: [Token]
    var position = 0

    /// Words that cannot name a variable without backticks.
    static let reservedWords: Set<String> = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "ORDER", "BY", "SKIP", "LIMIT", "CREATE",
        "MERGE", "SET", "REMOVE", "DELETE", "DETACH", "CALL", "YIELD", "UNION", "AND", "OR", "XOR", "NOT", "IN",
        "STARTS", "ENDS", "CONTAINS", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END",
        "DISTINCT", "ASC", "DESC", "ASCENDING", "DESCENDING", "ON", "EXPLAIN",
    ]

    /// Reads the tokens of a source, ready to parse.
    public init(_ source: Source) throws(QueryError) {
        self.source = source
        self.tokens = try Lexer().tokens(of: source)
    }

    /// Parses a whole query text.
    public static func parse(_ source: Source) throws(QueryError) -> Statement {
        var parser = try Parser(source)
        return try parser.statement()
    }

    // MARK: Cursor

    var current: Token { tokens[min(position, tokens.count - 1)] }

    func peek(_ offset: Int) -> Token { tokens[min(position + offset, tokens.count - 1)] }

    /// Where the previous token ended; AST ranges end here.
    var previousEnd: Int { position > 0 ? tokens[position - 1].range.end : 0 }

    func range(from start: Int) -> SourceRange { SourceRange(start: start, end: previousEnd) }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    mutating func accept(keyword: String) -> Token? {
        current.isKeyword(keyword) ? advance() : nil
    }

    mutating func accept(symbol: String) -> Token? {
        current.isSymbol(symbol) ? advance() : nil
    }

    @discardableResult
    mutating func expect(keyword: String) throws(QueryError) -> Token {
        guard let token = accept(keyword: keyword) else { throw unexpected(expected: keyword) }
        return token
    }

    @discardableResult
    mutating func expect(symbol: String) throws(QueryError) -> Token {
        guard let token = accept(symbol: symbol) else { throw unexpected(expected: "'\(symbol)'") }
        return token
    }

    /// The error for the current token when something else was expected.
    func unexpected(expected: String) -> QueryError {
        .syntax("UnexpectedSyntax", "expected \(expected) but found \(current.display)", at: current.range)
    }

    // MARK: Names

    /// SymbolicName: any name, keywords included (labels, types, property keys, map keys).
    mutating func symbolicName(_ what: String) throws(QueryError) -> Name {
        guard let text = current.name else { throw unexpected(expected: what) }
        return Name(text: text, range: advance().range)
    }

    /// Variable: a name that is not a reserved word, or any name in backticks.
    mutating func variable() throws(QueryError) -> Variable {
        guard let token = variableToken() else { throw unexpected(expected: "a variable name") }
        advance()
        return Variable(name: token.name ?? "", range: token.range)
    }

    /// The current token when it can name a variable.
    func variableToken() -> Token? {
        switch current.kind {
        case .quotedName: return current
        case .name(let text): return Self.reservedWords.contains(text.uppercased()) ? nil : current
        default: return nil
        }
    }
}
