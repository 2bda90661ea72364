import DocGraphKit

/// Annotations written by hand for extractor tests: sentences, tokens and the mentions an
/// extractor needs from the plugins that run before it, placed by the words they cover.
public struct AnnotationFixtures {
    public let document: Document
    public private(set) var annotations: Annotations

    /// Starts with the document's sentences and tokens: one sentence per non-blank line, split
    /// further after `.`, `!` or `?` followed by a space and a capital letter.
    public init(_ document: Document) {
        self.document = document
        let sentences = AnnotationFixtures.sentences(in: document.text)
        self.annotations = Annotations(sentences: sentences, tokens: AnnotationFixtures.tokens(in: document.text))
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

    /// Sentences: lines, split after sentence-ending punctuation followed by a space and a capital.
    static func sentences(in text: String) -> [Sentence] {
        let bytes = Array(text.utf8)
        var sentences: [Sentence] = []
        var start = 0
        func close(_ end: Int) {
            var first = start
            var last = end
            while first < last, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            while last > first, [0x20, 0x09, 0x0D].contains(bytes[last - 1]) { last -= 1 }
            if last > first { sentences.append(Sentence(range: TextRange(start: first, end: last))) }
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                close(index)
                start = index + 1
            } else if [0x2E, 0x21, 0x3F].contains(byte), index + 2 < bytes.count, bytes[index + 1] == 0x20,
                      (0x41...0x5A).contains(bytes[index + 2]) {
                close(index + 1)
                start = index + 2
            }
            index += 1
        }
        close(bytes.count)
        return sentences
    }

    /// Tokens: runs of letters and digits (joined across an apostrophe or hyphen between them),
    /// and every other non-space character alone.
    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = [0]
        for scalar in scalars { offsets.append((offsets.last ?? 0) + String(scalar).utf8.count) }
        func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace || scalar == "\u{A0}" {
                index += 1
                continue
            }
            var end = index + 1
            if isWordPart(scalar) {
                while end < scalars.count {
                    if isWordPart(scalars[end]) {
                        end += 1
                    } else if ["'", "\u{2019}", "-"].contains(scalars[end]), end + 1 < scalars.count,
                              isWordPart(scalars[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
            }
            let range = TextRange(start: offsets[index], end: offsets[end])
            let word = String(String.UnicodeScalarView(scalars[index..<end]))
            let kind: Token.Kind = isWordPart(scalar) ? (scalar.properties.numericType != nil ? .number : .word) : .punctuation
            tokens.append(Token(kind: kind, range: range, text: word))
            index = end
        }
        return tokens
    }
}
