/// Splits a document's text into sentences.
///
/// A sentence ends at a full stop, question or exclamation mark or ellipsis that is followed
/// by white space and a word that can start a sentence (a capital, a digit, an opening quote
/// or bracket); closing quotes and brackets after the mark belong to the sentence. A full stop
/// after a known abbreviation (``Abbreviations``), after an initial before a name ("J. Smith"),
/// or inside a number (`£4.030m`) does not end one. Line breaks end a sentence too when a
/// list item starts on the next line, when a blank line follows a finished line, or when a
/// short line without final punctuation (a heading or a list line: under 50 bytes, or well
/// short of the segment's longest line) is followed by a capitalised line; a
/// line that runs on in lower case continues the sentence. List markers (`•`, `-`, `1)`) are
/// left out of the sentence they start.
///
/// When the document has blocks, sentences are found inside each block and never cross one;
/// text outside every block has no sentences.
public struct SentenceSplitter: Sendable {
    public let abbreviations: Abbreviations

    public init(abbreviations: Abbreviations = .english) {
        self.abbreviations = abbreviations
    }

    /// The sentences of a document, in text order.
    public func sentences(in document: Document) -> [Sentence] {
        sentences(in: document, tokens: Tokenizer().tokens(in: document.text))
    }

    /// The sentences of a document whose whole text has already been tokenized (tokens sorted).
    public func sentences(in document: Document, tokens: [Token]) -> [Sentence] {
        UTF8Bytes.with(document.text) { bytes in
            let scan = SentenceScan(bytes: bytes, tokens: tokens, abbreviations: abbreviations)
            guard !document.blocks.isEmpty else {
                return scan.sentences(in: TextRange(start: 0, end: bytes.count), blockIndex: nil)
            }
            var sentences: [Sentence] = []
            for (index, block) in document.blocks.enumerated() {
                sentences += scan.sentences(in: block.range, blockIndex: index)
            }
            return sentences
        }
    }

    /// The sentences of a plain text (or a range of it), with no blocks.
    public func sentences(in text: String, range: TextRange? = nil) -> [Sentence] {
        let whole = TextRange(start: 0, end: text.utf8.count)
        let tokens = Tokenizer().tokens(in: text, range: range ?? whole)
        return UTF8Bytes.with(text) { bytes in
            SentenceScan(bytes: bytes, tokens: tokens, abbreviations: abbreviations)
                .sentences(in: range ?? whole, blockIndex: nil)
        }
    }
}
