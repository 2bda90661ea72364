extension LexerScanner {
    /// NumberLiteral: decimal, `0x` hexadecimal, `0o` octal integers, or a float.
    mutating func number() throws(QueryError) -> Token {
        let start = index
        if peek() == "0", let marker = peek(1), marker == "x" || marker == "o" || marker == "X" {
            index += 2
            let radix = marker == "o" ? 8 : 16
            let digitsStart = index
            while let next = peek(), Self.isNamePart(next) { index += 1 }
            let digits = text(from: digitsStart)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit && Int(String($0), radix: radix) != nil }) else {
                throw .syntax("InvalidNumberLiteral", "invalid number literal '\(text(from: start))'", at: range(from: start))
            }
            guard let value = UInt64(digits, radix: radix) else {
                throw .syntax("IntegerOverflow", "the integer \(text(from: start)) is too large", at: range(from: start))
            }
            return Token(.integer(value), range(from: start))
        }
        var isFloat = false
        consumeDigits()
        if peek() == ".", let after = peek(1), ("0"..."9").contains(after) {
            isFloat = true
            index += 1
            consumeDigits()
        }
        if let e = peek(), e == "e" || e == "E" {
            let save = index
            index += 1
            if let sign = peek(), sign == "-" || sign == "+" { index += 1 }
            if let digit = peek(), ("0"..."9").contains(digit) {
                isFloat = true
                consumeDigits()
            } else {
                index = save
            }
        }
        if let next = peek(), Self.isNamePart(next) {
            while let more = peek(), Self.isNamePart(more) { index += 1 }
            throw .syntax("InvalidNumberLiteral", "invalid number literal '\(text(from: start))'", at: range(from: start))
        }
        let literal = text(from: start)
        if isFloat {
            guard let value = Double(literal), value.isFinite else {
                throw .syntax("FloatingPointOverflow", "the number \(literal) is too large for a float", at: range(from: start))
            }
            return Token(.float(value), range(from: start))
        }
        guard let value = UInt64(literal) else {
            throw .syntax("IntegerOverflow", "the integer \(literal) is too large", at: range(from: start))
        }
        return Token(.integer(value), range(from: start))
    }

    mutating func consumeDigits() {
        while let next = peek(), ("0"..."9").contains(next) { index += 1 }
    }

    /// StringLiteral: single or double quotes, with backslash escapes.
    mutating func string(quote: Unicode.Scalar) throws(QueryError) -> Token {
        let start = index
        index += 1
        var value = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw .syntax("UnexpectedSyntax", "unterminated string; expected a closing \(quote)", at: SourceRange(start: start, end: start + 1))
            }
            index += 1
            if scalar == quote { break }
            guard scalar == "\\" else {
                value.append(scalar)
                continue
            }
            let escapeStart = index - 1
            guard let escaped = peek() else { continue }
            index += 1
            switch escaped {
            case "\\", "'", "\"": value.append(escaped)
            case "b": value.append("\u{8}")
            case "f": value.append("\u{c}")
            case "n": value.append("\n")
            case "r": value.append("\r")
            case "t": value.append("\t")
            case "u", "U":
                let count = escaped == "u" ? 4 : 8
                let digitsStart = index
                var digits = ""
                while digits.count < count, let next = peek(), next.properties.isASCIIHexDigit {
                    digits.unicodeScalars.append(next)
                    index += 1
                }
                guard digits.count == count, let code = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(code) else {
                    throw .syntax("InvalidUnicodeLiteral", "invalid Unicode escape; expected \\\(escaped) and \(count) hexadecimal digits",
                                  at: SourceRange(start: escapeStart, end: max(index, digitsStart)))
                }
                value.append(decoded)
            default:
                // Unknown escapes keep the backslash, as other Cypher implementations do.
                value.append("\\")
                value.append(escaped)
            }
        }
        return Token(.string(String(value)), range(from: start))
    }
}
