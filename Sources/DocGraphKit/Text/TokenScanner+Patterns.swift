/// Numbers, e-mail addresses and web addresses: the tokens that hold punctuation inside them.
extension TokenScanner {
    /// A number with what belongs to it: a currency sign before it (`£4.030m`), thousands
    /// separators (`1,300,000`), a decimal part, a time (`10:30`), a range or a numeric date
    /// (`2016-2020`, `2016–17`, `23/03/2017`), and a short suffix (`99%`, `23rd`, `70p`, `£2bn`).
    func number(at start: Int, limit: Int) -> Span {
        var offset = start
        if bytes.scalarClass(at: offset).kind == .currency { offset += bytes.scalarClass(at: offset).width }
        offset = digitsEnd(from: offset, limit: limit)
        while offset < limit {
            let (kind, width) = bytes.scalarClass(at: offset)
            let next = offset + width
            if kind == .comma, isThousandsGroup(at: next, limit: limit) {
                offset = next + 3
            } else if [.period, .colon, .hyphen, .enDash, .slash].contains(kind), next < limit,
                      bytes.scalarClass(at: next).kind == .digit, width == 1 || kind == .enDash {
                offset = digitsEnd(from: next, limit: limit)
            } else {
                break
            }
        }
        if bytes[offset] == UInt8(ascii: "%"), offset < limit { return Span(kind: .number, start: start, end: offset + 1) }
        var letters = offset
        while letters < limit, isASCIILetter(bytes[letters]) { letters += 1 }
        if (1...3).contains(letters - offset), !(letters < limit && bytes.scalarClass(at: letters).kind.isWordPart) {
            offset = letters
        }
        return Span(kind: .number, start: start, end: offset)
    }

    /// `name@example.org`: a local part, `@` and a domain with at least one dot.
    func email(at start: Int, limit: Int) -> Span? {
        var offset = start
        while offset < limit, isLocalPart(bytes[offset]) { offset += 1 }
        guard offset > start, offset < limit, bytes[offset] == UInt8(ascii: "@") else { return nil }
        let end = domainEnd(from: offset + 1, limit: limit)
        return end > offset + 1 ? Span(kind: .symbol, start: start, end: end) : nil
    }

    /// `https://...`, `http://...` or `www....` up to white space, without trailing punctuation.
    func webAddress(at start: Int, limit: Int) -> Span? {
        guard bytes.matches("https://", at: start) || bytes.matches("http://", at: start)
            || bytes.matches("www.", at: start) else { return nil }
        var offset = start
        while offset < limit, bytes[offset] > 0x20, bytes[offset] < 0x80,
              !"<>\"".utf8.contains(bytes[offset]) { offset += 1 }
        let opens = (start..<offset).contains { bytes[$0] == UInt8(ascii: "(") }
        while offset > start, ".,;:!?]}'".utf8.contains(bytes[offset - 1])
            || (!opens && bytes[offset - 1] == UInt8(ascii: ")")) { offset -= 1 }
        return Span(kind: .symbol, start: start, end: offset)
    }

    private func digitsEnd(from start: Int, limit: Int) -> Int {
        var offset = start
        while offset < limit {
            let (kind, width) = bytes.scalarClass(at: offset)
            guard kind == .digit else { break }
            offset += width
        }
        return offset
    }

    private func isThousandsGroup(at offset: Int, limit: Int) -> Bool {
        guard offset + 3 <= limit else { return false }
        let digits = (offset..<(offset + 3)).allSatisfy { isASCIIDigit(bytes[$0]) }
        return digits && !(offset + 3 < limit && isASCIIDigit(bytes[offset + 3]))
    }

    /// The end of a domain name: labels of letters, digits and hyphens joined by single dots.
    private func domainEnd(from start: Int, limit: Int) -> Int {
        var offset = start
        var end = start
        var labels = 0
        while offset < limit {
            let labelStart = offset
            while offset < limit, isASCIIDigit(bytes[offset]) || isASCIILetter(bytes[offset])
                || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard offset > labelStart else { break }
            labels += 1
            end = offset
            guard offset + 1 < limit, bytes[offset] == UInt8(ascii: "."), isASCIILetter(bytes[offset + 1])
                || isASCIIDigit(bytes[offset + 1]) else { break }
            offset += 1
        }
        return labels >= 2 ? end : start
    }

    private func isLocalPart(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || isASCIIDigit(byte) || "._%+-".utf8.contains(byte)
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private func isASCIIDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
