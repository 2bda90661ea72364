import CommitmentExtractor
import DocGraphKit
import DocGraphTestSupport

/// Runs the extractor over small texts for the tests.
enum Extraction {
    /// The extractor's additions for a text dated `date`, with any mentions other extractors made.
    static func run(
        _ text: String, date: String? = "2017-03", mentions: [Mention] = [], wordLists: WordLists = WordLists()
    ) throws -> Annotations {
        let document = DocumentFixtures.document(text, date: date.flatMap(PartialDate.init(iso:)))
        return try CommitmentExtractor().extract(
            from: document, annotations: Analysis.annotations(of: document, mentions: mentions),
            context: ExtractionContext(wordLists: wordLists))
    }

    /// The commitments found in a text.
    static func commitments(in text: String, date: String? = "2017-03") throws -> [Mention] {
        try run(text, date: date).mentions(labeled: "Commitment")
    }

    /// The `text` property of each commitment found in a text.
    static func texts(in text: String, date: String? = "2017-03") throws -> [String] {
        try commitments(in: text, date: date).compactMap { $0.properties["text"]?.stringValue }
    }

    /// The (kind, due) of the single commitment of a text, or `nil` unless there is exactly one.
    static func kindAndDue(of text: String, date: String? = "2017-03") throws -> (kind: String?, due: String?)? {
        let found = try commitments(in: text, date: date)
        guard found.count == 1, let only = found.first else { return nil }
        return (only.properties["kind"]?.stringValue, only.properties["due"]?.stringValue)
    }
}
