/// The scan behind ``SentenceSplitter`` over one segment of text (a block, or the whole text).
struct SentenceScan {
    let bytes: UTF8Bytes
    /// Tokens of the text, sorted by offset.
    let tokens: [Token]
    let abbreviations: Abbreviations

    /// Marks that end a sentence.
    static let finalMarks: Set<String> = [".", "!", "?", "…", "...", "..", "‼", "⁇", "⁈", "⁉"]
    /// Marks that close a sentence after its final mark.
    static let closers: Set<String> = ["”", "’", "\"", "'", ")", "]", "»", "›"]
    /// Marks that open a sentence.
    static let openers: Set<String> = ["“", "‘", "\"", "'", "(", "[", "«", "‹", "¿", "¡"]
    /// Marks that start a list item at the start of a line.
    static let bullets: Set<String> = ["•", "·", "-", "*", "–", "—", "▪", "◦", "‣", "●", "○", "■", "□", "➢", "►", "✓"]

    /// Lines shorter than this (in bytes) are never taken for wrapped prose.
    static let shortestWrappedLine = 50

    /// The sentences inside a range.
    func sentences(in segment: TextRange, blockIndex: Int?) -> [Sentence] {
        let first = firstToken(atOrAfter: segment.start)
        var last = first
        while last < tokens.count, tokens[last].range.end <= segment.end { last += 1 }
        guard first < last else { return [] }
        let longestLine = longestLineLength(in: segment)
        var sentences: [Sentence] = []
        var start: Int?
        var index = first
        while index < last {
            if start == nil {
                if let after = listMarkerEnd(at: index, first: first, last: last) {
                    index = after
                    continue
                }
                start = tokens[index].range.start
            }
            var unitEnd = index
            let isFinal = tokens[index].kind == .punctuation && Self.finalMarks.contains(tokens[index].text)
            if isFinal {
                while unitEnd + 1 < last, isAdjacent(unitEnd, unitEnd + 1),
                      Self.closers.contains(tokens[unitEnd + 1].text) || Self.finalMarks.contains(tokens[unitEnd + 1].text) {
                    unitEnd += 1
                }
            }
            let next = unitEnd + 1
            let ends = next >= last
                || (isFinal && endsAtMark(index, unitEnd: unitEnd, next: next))
                || endsAtLineBreak(unitEnd, next: next, afterFinal: isFinal, first: first, last: last,
                                   longestLine: longestLine)
            if ends, let sentenceStart = start {
                sentences.append(Sentence(range: TextRange(start: sentenceStart, end: tokens[unitEnd].range.end),
                                          blockIndex: blockIndex))
                start = nil
            }
            index = next
        }
        return sentences
    }

    /// Whether a final mark (with its closers up to `unitEnd`) ends the sentence before `next`.
    private func endsAtMark(_ mark: Int, unitEnd: Int, next: Int) -> Bool {
        if isAdjacent(unitEnd, next) { return isGluedStop(mark, next: next) }
        guard startsSentence(tokens[next]) else { return false }
        guard tokens[mark].text == ".", mark > 0, isAdjacent(mark - 1, mark) else { return true }
        let previous = tokens[mark - 1]
        guard previous.kind == .word else { return true }
        switch abbreviations.rule(for: previous.text) {
        case .neverEnds: return false
        case .continuesBeforeNumber: return tokens[next].kind != .number
        case nil: break
        }
        let isInitial = previous.text.unicodeScalars.count == 1 && isCapitalised(previous)
        return !(isInitial && tokens[next].kind == .word && isCapitalised(tokens[next]))
    }

    /// A full stop with no space after it between a lower-case word and a capitalised one
    /// ("protocol.Any issues"): a sentence end that lost its space.
    private func isGluedStop(_ mark: Int, next: Int) -> Bool {
        guard tokens[mark].text == ".", mark > 0, isAdjacent(mark - 1, mark), mark == next - 1 else { return false }
        let previous = tokens[mark - 1]
        let following = tokens[next]
        return previous.kind == .word && previous.text.utf8.count >= 3 && startsLowercase(previous)
            && abbreviations.rule(for: previous.text) == nil
            && following.kind == .word && following.text.utf8.count >= 2 && isCapitalised(following)
    }

    /// Whether the line break (if any) between `unitEnd` and `next` ends the sentence.
    private func endsAtLineBreak(
        _ unitEnd: Int, next: Int, afterFinal: Bool, first: Int, last: Int, longestLine: Int
    ) -> Bool {
        let breaks = newlines(between: tokens[unitEnd].range.end, and: tokens[next].range.start)
        guard breaks > 0 else { return false }
        if listMarkerEnd(at: next, first: first, last: last) != nil { return true }
        let continues = !afterFinal && startsLowercase(tokens[next])
        if breaks >= 2 { return !continues }
        if afterFinal || continues || !startsSentence(tokens[next]) { return false }
        let lineLength = tokens[unitEnd].range.end - lineStart(before: tokens[unitEnd].range.end)
        return lineLength < Self.shortestWrappedLine || lineLength * 10 < longestLine * 7
    }

    /// The index after a list marker that starts a line at `index`, or `nil`: a bullet, or a
    /// number or letter of one to three characters closed by `)` or `.`, followed by a space.
    private func listMarkerEnd(at index: Int, first: Int, last: Int) -> Int? {
        guard index < last, index == first || newlines(between: tokens[index - 1].range.end,
                                                       and: tokens[index].range.start) > 0 else { return nil }
        let token = tokens[index]
        if Self.bullets.contains(token.text), index + 1 < last, !isAdjacent(index, index + 1) { return index + 1 }
        let isNumber = token.kind == .number && token.text.utf8.count <= 3
            && token.text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let isLetter = token.kind == .word && token.text.utf8.count == 1
        var position = index
        if token.text == "(", index + 2 < last, tokens[index + 2].text == ")" { position = index + 1 }
        guard isNumber || isLetter || position > index, position + 2 < last else { return nil }
        let close = tokens[position + 1].text
        guard close == ")" || close == ".", isAdjacent(position, position + 1),
              !isAdjacent(position + 1, position + 2) else { return nil }
        return position + 2
    }

    // MARK: Token and byte helpers

    private func isAdjacent(_ left: Int, _ right: Int) -> Bool {
        tokens[left].range.end == tokens[right].range.start
    }

    private func isCapitalised(_ token: Token) -> Bool {
        guard let scalar = token.text.unicodeScalars.first else { return false }
        return scalar.isUppercaseScalar || scalar.properties.generalCategory == .titlecaseLetter
    }

    private func startsLowercase(_ token: Token) -> Bool {
        token.kind == .word && (token.text.unicodeScalars.first?.isLowercaseScalar ?? false)
    }

    /// True when a token can start a sentence: a capitalised word, a number, an opening mark,
    /// a symbol or a list bullet.
    private func startsSentence(_ token: Token) -> Bool {
        switch token.kind {
        case .word: return isCapitalised(token)
        case .number, .symbol: return true
        case .punctuation: return Self.openers.contains(token.text) || Self.bullets.contains(token.text)
        }
    }

    private func newlines(between start: Int, and end: Int) -> Int {
        var count = 0
        for offset in start..<end where bytes[offset] == 0x0A { count += 1 }
        return count
    }

    private func lineStart(before offset: Int) -> Int {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        while start < offset, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        return start
    }

    private func longestLineLength(in segment: TextRange) -> Int {
        var longest = 0
        var lineStart = segment.start
        for offset in segment.start...segment.end where offset == segment.end || bytes[offset] == 0x0A {
            longest = max(longest, offset - lineStart)
            lineStart = offset + 1
        }
        return longest
    }

    private func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
