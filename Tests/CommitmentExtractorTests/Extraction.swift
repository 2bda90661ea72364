import AuthorExtractor
import BuiltinRulePacks
import CommitmentExtractor
import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport

/// Runs the extractor over small texts for the tests, as the pipeline would: text analysis,
/// the authors extractor, then this one, with the core rule pack's word lists.
enum Extraction {
    /// The core rule pack's word lists.
    static let coreLists: WordLists = {
        var lists = WordLists()
        (try? RulePack.load(from: BuiltinRulePacks.core))?.addWordLists(to: &lists)
        return lists
    }()

    /// The annotations the extractor is given: analysis, other extractors' mentions, the author.
    static func input(_ document: Document, mentions: [Mention] = []) throws -> Annotations {
        var annotations = Analysis.annotations(of: document, mentions: mentions)
        annotations.merge(try AuthorExtractor().extract(
            from: document, annotations: annotations, context: ExtractionContext(wordLists: coreLists)))
        return annotations
    }

    /// The extractor's additions for a text dated `date`, with any mentions other extractors
    /// made, and word lists replacing the core pack's of the same names.
    static func run(
        _ text: String, date: String? = "2017-03", mentions: [Mention] = [], wordLists: [String: [String]] = [:]
    ) throws -> Annotations {
        let document = DocumentFixtures.document(text, date: date.flatMap(PartialDate.init(iso:)))
        var lists = WordLists()
        for name in coreLists.names where wordLists[name] == nil { lists.add(coreLists[name] ?? [], to: name) }
        for (name, phrases) in wordLists { lists.add(phrases, to: name) }
        return try CommitmentExtractor().extract(
            from: document, annotations: input(document, mentions: mentions), context: ExtractionContext(wordLists: lists))
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
