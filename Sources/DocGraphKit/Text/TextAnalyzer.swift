/// The text analysis the pipeline runs on every document before any extractor: tokens and
/// sentences, made once and shared by all plugins through ``Annotations``.
public struct TextAnalyzer: Sendable {
    public let tokenizer: Tokenizer
    public let splitter: SentenceSplitter

    public init(abbreviations: Abbreviations = .english) {
        self.tokenizer = Tokenizer()
        self.splitter = SentenceSplitter(abbreviations: abbreviations)
    }

    /// The document's tokens (sorted by offset) and sentences (in text order, inside blocks
    /// when the document has blocks). Mentions and facts are left to extractors.
    public func analyze(_ document: Document) -> Annotations {
        let tokens = tokenizer.tokens(in: document.text)
        let sentences = splitter.sentences(in: document, tokens: tokens)
        return Annotations(sentences: sentences, tokens: tokens)
    }
}
