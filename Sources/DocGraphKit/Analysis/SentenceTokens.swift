/// One sentence's tokens with their words in the form ``PhraseList`` compares: the view
/// rule-based extractors scan, with ways back from word positions to text ranges and mentions.
public struct SentenceTokens: Sendable, Hashable {
    public let sentence: Sentence
    public let tokens: [Token]
    /// The tokens' texts, normalised by ``PhraseList/normalise(_:)``.
    public let words: [String]

    public init(sentence: Sentence, annotations: Annotations) {
        self.sentence = sentence
        self.tokens = Array(annotations.tokens(inside: sentence.range))
        self.words = tokens.map { PhraseList.normalise($0.text) }
    }

    /// The text range covering tokens `range` (half-open indices); empty at the sentence's end
    /// when the range is empty.
    public func textRange(of range: Range<Int>) -> TextRange {
        guard let first = range.first, range.count > 0, tokens.indices.contains(first),
              tokens.indices.contains(range.upperBound - 1) else {
            let end = range.lowerBound < tokens.count ? tokens[range.lowerBound].range.start : sentence.range.end
            return TextRange(start: end, end: end)
        }
        return TextRange(start: tokens[first].range.start, end: tokens[range.upperBound - 1].range.end)
    }

    /// The indices of the tokens that lie inside a text range.
    public func tokenIndices(of range: TextRange) -> Range<Int> {
        let first = tokens.firstIndex { $0.range.end > range.start } ?? tokens.count
        var end = first
        while end < tokens.count, tokens[end].range.start < range.end { end += 1 }
        return first..<end
    }

    /// The original text of token `index`.
    public func text(at index: Int) -> String {
        tokens.indices.contains(index) ? tokens[index].text : ""
    }

    /// True when token `index` starts with an upper-case letter.
    public func isCapitalised(_ index: Int) -> Bool {
        guard tokens.indices.contains(index), let first = tokens[index].text.unicodeScalars.first else { return false }
        return first.isUppercaseScalar
    }

    /// True when token `index` is a word (not punctuation, a number or a symbol).
    public func isWord(_ index: Int) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .word
    }
}
