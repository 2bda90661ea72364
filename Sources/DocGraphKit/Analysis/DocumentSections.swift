/// The sections of a document: the runs of sentences between headings. Heading blocks mark
/// them when the reader found structure; otherwise a sentence that is a whole short line with
/// no final punctuation counts as a heading.
public struct DocumentSections: Sendable {
    /// For each sentence, the index of its section.
    public let sectionOfSentence: [Int]
    /// For each section, the range of its heading, if it has one.
    public let headings: [TextRange?]
    /// For each sentence, true when it is a heading.
    public let isHeading: [Bool]

    /// Short lines are headings below this many bytes.
    public static let headingLength = 80

    public init(document: Document, sentences: [Sentence]) {
        let headingBlocks = document.blocks.filter { $0.kind == .heading }.map(\.range)
        var sections: [Int] = []
        var headings: [TextRange?] = [nil]
        var flags: [Bool] = []
        for sentence in sentences {
            let heading = headingBlocks.isEmpty
                ? DocumentSections.looksLikeHeading(sentence.range, in: document.text)
                : headingBlocks.contains { $0.overlaps(sentence.range) }
            if heading {
                headings.append(sentence.range)
            }
            flags.append(heading)
            sections.append(headings.count - 1)
        }
        self.sectionOfSentence = sections
        self.headings = headings
        self.isHeading = flags
    }

    /// A whole short line that starts with a capital and ends without punctuation.
    public static func looksLikeHeading(_ range: TextRange, in text: String) -> Bool {
        guard range.length < headingLength else { return false }
        let utf8 = Array(text.utf8)
        let before = range.start == 0 || utf8[range.start - 1] == 0x0A
        let after = range.end >= utf8.count || utf8[range.end] == 0x0A || utf8[range.end] == 0x0D
        guard before, after, range.end > range.start, range.end <= utf8.count else { return false }
        let last = utf8[range.end - 1]
        let first = utf8[range.start]
        let endsOpen = !".!?:;,".utf8.contains(last)
        let startsCapital = (0x41...0x5A).contains(first) || (0x30...0x39).contains(first)
        return endsOpen && startsCapital
    }
}
