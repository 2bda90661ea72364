/// One token of a query and where it is.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var range: SourceRange

    public init(_ kind: TokenKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The name, if this is an unquoted or quoted name.
    var name: String? {
        switch kind {
        case .name(let text), .quotedName(let text): return text
        default: return nil
        }
    }

    /// True for the unquoted keyword, compared without case.
    func isKeyword(_ keyword: String) -> Bool {
        if case .name(let text) = kind { return text.uppercased() == keyword }
        return false
    }

    func isSymbol(_ symbol: String) -> Bool {
        kind == .symbol(symbol)
    }

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .name(let text): return "'\(text)'"
        case .quotedName(let text): return "`\(text)`"
        case .integer(let value): return "the number \(value)"
        case .float(let value): return "the number \(value)"
        case .string: return "a string"
        case .parameter(let name): return "the parameter $\(name)"
        case .symbol(let text): return "'\(text)'"
        case .end: return "the end of the query"
        }
    }
}
