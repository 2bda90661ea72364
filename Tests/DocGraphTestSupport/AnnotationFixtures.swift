import DocGraphKit

/// Annotations written by hand for extractor tests: sentences, tokens and the mentions an
/// extractor needs from the plugins that run before it, placed by the words they cover.
public struct AnnotationFixtures {
    public let document: Document
    public private(set) var annotations: Annotations

    /// Starts with the document's sentences and tokens, from the shared text analysis.
    public init(_ document: Document) {
        self.document = document
        let tokens = Tokenizer().tokens(in: document.text)
        self.annotations = Annotations(
            sentences: SentenceSplitter().sentences(in: document, tokens: tokens), tokens: tokens)
    }

    /// Adds a mention over the `occurrence`-th (1-based) appearance of `words`; the id is
    /// `fixture#n`. Returns the id, or `nil` when the words are not in the text.
    @discardableResult
    public mutating func add(
        _ label: String, _ words: String, occurrence: Int = 1, properties: Properties = [:], key: String? = nil
    ) -> String? {
        guard let range = DocumentFixtures.range(of: words, in: document.text, occurrence: occurrence) else { return nil }
        let id = "fixture#\(annotations.mentions.count)"
        var properties = properties
        if properties["name"] == nil, GraphVocabulary.isNodeLabel(label) { properties["name"] = .string(words) }
        annotations.mentions.append(Mention(
            id: id, label: label, range: range, text: words, properties: properties, key: key, extractor: "fixture"))
        return id
    }

    /// Adds a mention over every appearance of each name, as an entity extractor would.
    public mutating func addEverywhere(_ label: String, _ names: [String]) {
        for name in names {
            var occurrence = 1
            while add(label, name, occurrence: occurrence) != nil { occurrence += 1 }
        }
    }

    /// Adds mentions and returns the fixture, for one-expression set-ups.
    public func adding(_ label: String, _ words: [String]) -> AnnotationFixtures {
        var copy = self
        for word in words { copy.add(label, word) }
        return copy
    }

    /// Adds an extractor's output to the annotations, as the pipeline merges it.
    public mutating func merge(_ additions: Annotations) {
        annotations.merge(additions)
    }
}
