/// The lexer's cursor over the scalars of a query.
struct LexerScanner {
    let scalars: [Unicode.Scalar]
    var index = 0

    /// Symbols of two characters, tried before single ones.
    static let pairs: Set<String> = ["<=", ">=", "<>", "!=", "=~", "+=", ".."]
    static let singles: Set<Unicode.Scalar> = [
        "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "=", "<", ">", "+", "-", "*", "/", "%", "^", "$",
    ]

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func next() throws(QueryError) -> Token {
        try skipSpaceAndComments()
        let start = index
        guard let scalar = peek() else { return Token(.end, SourceRange(start: start, end: start)) }
        if Self.isNameStart(scalar) {
            while let next = peek(), Self.isNamePart(next) { index += 1 }
            return Token(.name(text(from: start)), range(from: start))
        }
        if scalar.properties.numericType != nil && ("0"..."9").contains(scalar)
            || (scalar == "." && peek(1).map { ("0"..."9").contains($0) } == true) {
            return try number()
        }
        switch scalar {
        case "`": return try quotedName()
        case "'", "\"": return try string(quote: scalar)
        case "$": return try parameter()
        default: break
        }
        if let second = peek(1), Self.pairs.contains(String(scalar) + String(second)) {
            index += 2
            let symbol = text(from: start)
            return Token(.symbol(symbol == "!=" ? "<>" : symbol), range(from: start))
        }
        if Self.singles.contains(scalar) {
            index += 1
            return Token(.symbol(String(scalar)), range(from: start))
        }
        throw .syntax("UnexpectedSyntax", "unexpected character '\(scalar)'", at: SourceRange(start: start, end: start + 1))
    }

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    static func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || ("0"..."9").contains(scalar) || scalar.properties.generalCategory == .decimalNumber
    }

    func text(from start: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<index])
        return String(view)
    }

    func range(from start: Int) -> SourceRange {
        SourceRange(start: start, end: index)
    }

    mutating func skipSpaceAndComments() throws(QueryError) {
        while let scalar = peek() {
            if scalar.properties.isWhitespace {
                index += 1
            } else if scalar == "/", peek(1) == "/" {
                while let next = peek(), next != "\n" { index += 1 }
            } else if scalar == "/", peek(1) == "*" {
                let start = index
                index += 2
                while peek() != nil, !(peek() == "*" && peek(1) == "/") { index += 1 }
                guard peek() != nil else {
                    throw .syntax("UnexpectedSyntax", "unterminated comment; expected '*/'", at: SourceRange(start: start, end: start + 2))
                }
                index += 2
            } else {
                return
            }
        }
    }

    mutating func quotedName() throws(QueryError) -> Token {
        let start = index
        index += 1
        var name = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw .syntax("UnexpectedSyntax", "unterminated quoted name; expected '`'", at: SourceRange(start: start, end: start + 1))
            }
            index += 1
            if scalar == "`" {
                if peek() == "`" {
                    name.append("`")
                    index += 1
                    continue
                }
                break
            }
            name.append(scalar)
        }
        return Token(.quotedName(String(name)), range(from: start))
    }

    mutating func parameter() throws(QueryError) -> Token {
        let start = index
        index += 1
        if peek() == "`" {
            let quoted = try quotedName()
            return Token(.parameter(quoted.name ?? ""), range(from: start))
        }
        let nameStart = index
        while let next = peek(), Self.isNamePart(next) { index += 1 }
        guard index > nameStart else {
            throw .syntax("UnexpectedSyntax", "expected a parameter name after '$'", at: SourceRange(start: start, end: start + 1))
        }
        return Token(.parameter(text(from: nameStart)), range(from: start))
    }
}
