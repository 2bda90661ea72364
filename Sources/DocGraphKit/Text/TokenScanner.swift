/// The byte scan behind ``Tokenizer``: finds where each token starts and ends and its kind.
struct TokenScanner {
    let bytes: UTF8Bytes

    /// A token found by the scan, before its text is copied out.
    struct Span {
        var kind: Token.Kind
        var start: Int
        var end: Int
    }

    /// Every token between two offsets, in order.
    func spans(from start: Int, to end: Int) -> [Span] {
        var spans: [Span] = []
        spans.reserveCapacity((end - start) / 5)
        var offset = start
        while offset < end {
            let (kind, width) = bytes.scalarClass(at: offset)
            let span: Span
            switch kind {
            case .space:
                offset += width
                continue
            case .letter:
                span = webAddress(at: offset, limit: end) ?? email(at: offset, limit: end)
                    ?? initialism(at: offset, limit: end) ?? word(at: offset, limit: end)
            case .digit:
                span = email(at: offset, limit: end) ?? number(at: offset, limit: end)
            case .currency where bytes.scalarClass(at: offset + width).kind == .digit:
                span = number(at: offset, limit: end)
            case .period, .hyphen:
                span = run(of: kind, at: offset, limit: end)
            case .symbol where isHandleStart(offset, limit: end):
                span = Span(kind: .symbol, start: offset, end: wordEnd(from: offset + 1, limit: end))
            case .currency, .symbol, .mark:
                span = Span(kind: .symbol, start: offset, end: extend(offset + width, limit: end))
            default:
                span = Span(kind: .punctuation, start: offset, end: extend(offset + width, limit: end))
            }
            spans.append(span)
            offset = span.end
        }
        return spans
    }

    /// A word: letters, digits and marks, joined across an apostrophe followed by a letter
    /// (`O'Neil`, `Parkinson's`) or a hyphen between word parts (`Co-ordinator`, `Covid-19`).
    private func word(at start: Int, limit: Int) -> Span {
        Span(kind: .word, start: start, end: wordEnd(from: start, limit: limit))
    }

    private func wordEnd(from start: Int, limit: Int) -> Int {
        var offset = start
        while offset < limit {
            let (kind, width) = bytes.scalarClass(at: offset)
            if kind.isWordPart {
                offset += width
                continue
            }
            guard offset > start, kind == .apostrophe || kind == .hyphen, offset + width < limit else { break }
            let next = bytes.scalarClass(at: offset + width).kind
            let joins = kind == .apostrophe ? next == .letter : next.isWordPart
            guard joins else { break }
            offset += width
        }
        return offset
    }

    /// Single letters each followed by a full stop, such as `e.g.`, `i.e.` or `U.K.`.
    private func initialism(at start: Int, limit: Int) -> Span? {
        var offset = start
        var letters = 0
        while offset < limit {
            let (kind, width) = bytes.scalarClass(at: offset)
            guard kind == .letter, offset + width < limit, bytes[offset + width] == UInt8(ascii: ".") else { break }
            letters += 1
            offset += width + 1
        }
        return letters >= 2 ? Span(kind: .word, start: start, end: offset) : nil
    }

    /// Glues trailing combining marks, variation selectors and joined scalars to a symbol or
    /// punctuation mark, so the token ends on a character boundary.
    private func extend(_ end: Int, limit: Int) -> Int {
        var offset = end
        while offset < limit {
            let (scalar, width) = bytes.scalar(at: offset)
            let kind = ScalarClass.of(scalar)
            if kind == .mark || (0x1F3FB...0x1F3FF).contains(scalar.value) {
                offset += width
                if scalar.value == 0x200D, offset < limit { offset += bytes.scalar(at: offset).width }
            } else {
                break
            }
        }
        return offset
    }

    /// A run of full stops (an ellipsis) or of hyphens (a dash) as one punctuation token.
    private func run(of kind: ScalarClass, at start: Int, limit: Int) -> Span {
        let byte = bytes[start]
        var offset = start + 1
        while offset < limit, bytes[offset] == byte { offset += 1 }
        return Span(kind: .punctuation, start: start, end: offset)
    }

    /// `@name` or `#tag`.
    private func isHandleStart(_ offset: Int, limit: Int) -> Bool {
        let byte = bytes[offset]
        guard byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#"), offset + 1 < limit else { return false }
        return bytes.scalarClass(at: offset + 1).kind.isWordPart
    }
}
