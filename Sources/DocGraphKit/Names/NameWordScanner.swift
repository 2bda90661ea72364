/// Splits a text into ``NameWord``s: words (letters and digits, with inner apostrophes and
/// hyphens), numbers, single punctuation marks and line breaks, keeping UTF-8 offsets.
///
/// Two habits of text taken from e-mails and web pages are undone here, because names depend
/// on them: a possessive ending is kept apart from its word's stem, and a caption glued to the
/// next sentence ("Neville HouseOn Monday", "Refuge logoRefuge") is cut with a line break of no
/// width where the second sentence starts.
public enum NameWordScanner {
    /// The words of a whole text.
    public static func words(in text: String) -> [NameWord] {
        words(in: text, range: TextRange(start: 0, end: text.utf8.count))
    }

    /// The words of one range of a text.
    public static func words(in text: String, range: TextRange) -> [NameWord] {
        var scanner = Scan(bytes: Array(text.utf8), limit: min(range.end, text.utf8.count))
        scanner.offset = max(0, range.start)
        return scanner.run()
    }

    /// Lower-case words that may start a sentence glued to the end of a caption.
    static let gluedSentenceStarts: Set<String> = [
        "on", "of", "by", "as", "at", "in", "the", "this", "these", "here", "each", "for", "with", "and", "it",
        "we", "our", "my", "last", "recently", "continuing", "tackling",
    ]
}

private struct Scan {
    let bytes: [UInt8]
    let limit: Int
    var offset = 0
    var words: [NameWord] = []

    init(bytes: [UInt8], limit: Int) {
        self.bytes = bytes
        self.limit = limit
    }

    mutating func run() -> [NameWord] {
        while offset < limit {
            let (scalar, width) = decode(at: offset)
            if scalar == "\n" {
                append(.lineBreak, offset, offset + width)
                offset += width
            } else if scalar.isWhitespaceScalar {
                offset += width
            } else if scalar.isAlphabeticScalar {
                scanWord()
            } else if scalar.isNumericScalar {
                scanNumber()
            } else {
                append(.punctuation, offset, offset + width)
                offset += width
            }
        }
        return words
    }

    private mutating func scanWord() {
        let start = offset
        var end = offset
        while end < limit {
            let (scalar, width) = decode(at: end)
            if scalar.isAlphabeticScalar || scalar.isNumericScalar || scalar.isDiacriticScalar {
                end += width
            } else if isJoiner(scalar), end + width < limit, isLetter(at: end + width) {
                end += width
            } else {
                break
            }
        }
        var stemEnd = end
        var wordEnd = end
        if end < limit {
            let (scalar, width) = decode(at: end)
            // "Commissioners'" : a bare apostrophe after a plural s is a possessive.
            if (scalar == "'" || scalar == "\u{2019}"), text(start, end).hasSuffix("s"),
               end + width >= limit || !isLetter(at: end + width) {
                wordEnd = end + width
            }
        }
        let whole = text(start, end)
        if whole.hasSuffix("'s") || whole.hasSuffix("\u{2019}s") {
            stemEnd = end - ((whole.hasSuffix("'s") ? 1 : 3) + 1)
        }
        offset = wordEnd
        appendWord(start: start, stemEnd: stemEnd, end: wordEnd)
    }

    private mutating func appendWord(start: Int, stemEnd: Int, end: Int) {
        if let cut = gluedCut(start: start, end: stemEnd) {
            append(.word, start, cut)
            append(.lineBreak, cut, cut)
            appendWord(start: cut, stemEnd: stemEnd, end: end)
            return
        }
        let range = TextRange(start: start, end: end)
        let stemRange = TextRange(start: start, end: stemEnd)
        words.append(NameWord(kind: .word, range: range, text: text(start, end), stemRange: stemRange, stem: text(start, stemEnd)))
    }

    /// Where a caption's last word runs into the next sentence's first, if it does.
    private func gluedCut(start: Int, end: Int) -> Int? {
        let word = text(start, end)
        let scalars = Array(word.unicodeScalars)
        var utf8 = start
        for index in scalars.indices {
            defer { utf8 += UTF8.width(scalars[index]) }
            guard index >= 3, scalars[index].isUppercaseScalar,
                  scalars[index - 1].isLowercaseScalar, index + 1 < scalars.count,
                  scalars[index + 1].isLowercaseScalar else { continue }
            let before = String(String.UnicodeScalarView(scalars[..<index]))
            let after = String(String.UnicodeScalarView(scalars[index...]))
            let startsLower = scalars[0].isLowercaseScalar
            if startsLower || NameWordScanner.gluedSentenceStarts.contains(after.lowercased()) {
                return before.isEmpty ? nil : utf8
            }
        }
        return nil
    }

    private mutating func scanNumber() {
        let start = offset
        var end = offset
        while end < limit {
            let (scalar, width) = decode(at: end)
            if scalar.isNumericScalar || scalar.isAlphabeticScalar {
                end += width
            } else if (scalar == "." || scalar == ","), end + width < limit, isDigit(at: end + width) {
                end += width
            } else {
                break
            }
        }
        offset = end
        append(.number, start, end)
    }

    private mutating func append(_ kind: NameWord.Kind, _ start: Int, _ end: Int) {
        words.append(NameWord(kind: kind, range: TextRange(start: start, end: end), text: text(start, end)))
    }

    private func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "-" || scalar == "\u{2010}"
    }

    private func isLetter(at offset: Int) -> Bool {
        offset < limit && decode(at: offset).scalar.isAlphabeticScalar
    }

    private func isDigit(at offset: Int) -> Bool {
        offset < limit && decode(at: offset).scalar.isNumericScalar
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The scalar starting at a UTF-8 offset and its width; a stray byte reads as U+FFFD.
    private func decode(at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = bytes[offset]
        let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard offset + width <= bytes.count else { return ("\u{FFFD}", 1) }
        var decoder = UTF8()
        var iterator = bytes[offset..<(offset + width)].makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, width) }
        return ("\u{FFFD}", 1)
    }
}
