/// What the pipeline and its plugins know about one document: sentences, tokens, mentions and
/// the facts between mentions, plus warnings for the user.
///
/// Plugins talk to each other only through annotations: an extractor reads the annotations of
/// the plugins it needs and returns its own additions, which the pipeline merges.
public struct Annotations: Sendable, Codable, Hashable {
    public var sentences: [Sentence]
    public var tokens: [Token]
    public var mentions: [Mention]
    public var facts: [Fact]
    public var warnings: [String]
    /// The document's words as name finders see them, made once by the pipeline for every
    /// extractor; not sent to external plugins. Read them through ``nameWords(of:)``.
    public var nameWords: [NameWord]?

    private enum CodingKeys: String, CodingKey {
        case sentences, tokens, mentions, facts, warnings
    }

    public init(
        sentences: [Sentence] = [], tokens: [Token] = [], mentions: [Mention] = [], facts: [Fact] = [],
        warnings: [String] = []
    ) {
        self.sentences = sentences
        self.tokens = tokens
        self.mentions = mentions
        self.facts = facts
        self.warnings = warnings
    }

    /// The document's name words: those the pipeline made, or made now.
    public func nameWords(of document: Document) -> [NameWord] {
        nameWords ?? NameWordScanner.words(in: document.text)
    }

    /// Mentions with the label, in text order.
    public func mentions(labeled label: String) -> [Mention] {
        mentions.filter { $0.label == label }.sorted { $0.range < $1.range }
    }

    /// The mention with an id, if any.
    public func mention(withID id: String) -> Mention? {
        mentions.first { $0.id == id }
    }

    /// Mentions that lie inside a range (a sentence, say), in text order.
    public func mentions(inside range: TextRange) -> [Mention] {
        mentions.filter { range.contains($0.range) }.sorted { $0.range < $1.range }
    }

    /// Tokens that lie inside a range, in text order. Tokens are kept sorted, so this is a
    /// binary search and a slice.
    public func tokens(inside range: TextRange) -> ArraySlice<Token> {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.start < range.start { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < tokens.count, tokens[end].range.end <= range.end { end += 1 }
        return tokens[low..<end]
    }

    /// The sentence that holds a range, if one does.
    public func sentence(containing range: TextRange) -> Sentence? {
        sentences.first { $0.range.contains(range) }
    }

    /// Adds another plugin's additions.
    public mutating func merge(_ other: Annotations) {
        if !other.sentences.isEmpty { sentences = other.sentences }
        if !other.tokens.isEmpty { tokens = other.tokens }
        mentions.append(contentsOf: other.mentions)
        facts.append(contentsOf: other.facts)
        warnings.append(contentsOf: other.warnings)
    }
}
