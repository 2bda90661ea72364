/// Finds the passage to quote as a mention's evidence: its sentence when the text analysis
/// found sentences, otherwise the line that holds it.
public struct SentenceLocator: Sendable {
    private let sentences: [TextRange]
    private let lineBreaks: [Int]
    private let length: Int

    public init(document: Document, annotations: Annotations) {
        sentences = annotations.sentences.map(\.range).sorted()
        var breaks: [Int] = []
        for (offset, byte) in document.text.utf8.enumerated() where byte == 0x0A { breaks.append(offset) }
        lineBreaks = breaks
        length = document.text.utf8.count
    }

    /// The sentence (or line) holding a range; the range itself when neither does.
    public func sentence(containing range: TextRange) -> TextRange {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].start <= range.start { low = mid + 1 } else { high = mid }
        }
        if low > 0, sentences[low - 1].contains(range) { return sentences[low - 1] }
        return line(containing: range)
    }

    /// The line (between line breaks) that holds a range, widened to cover it.
    public func line(containing range: TextRange) -> TextRange {
        var low = 0
        var high = lineBreaks.count
        while low < high {
            let mid = (low + high) / 2
            if lineBreaks[mid] < range.start { low = mid + 1 } else { high = mid }
        }
        let start = low > 0 ? lineBreaks[low - 1] + 1 : 0
        var endIndex = low
        while endIndex < lineBreaks.count, lineBreaks[endIndex] < range.end { endIndex += 1 }
        let end = endIndex < lineBreaks.count ? lineBreaks[endIndex] : length
        return TextRange(start: min(start, range.start), end: max(end, range.end))
    }
}
