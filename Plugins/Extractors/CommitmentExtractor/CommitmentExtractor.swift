import DocGraphKit

/// Finds pledges, promises and stated future actions (Commitment), who made them (MADE from
/// the document's author, or the author's office for "we" and "my office", as the authors
/// extractor's ``DocumentAuthor`` names them), what they concern (CONCERNS to the entities
/// named in the same sentence) and the plan they belong to (PART_OF a Plan named in it).
///
/// The rules are in ``CommitmentRules``; their words come from lexicons (shipped in the
/// plugin's resources, replaceable by a rule pack's lists of the same names). A Commitment's
/// range is its clause, its evidence the sentence; its properties are `text`, `kind` (pledge,
/// promise, intention or expectation), `date` (the document's date) and `due` when the text
/// gives a timetable.
public struct CommitmentExtractor: Extractor {
    public static let id = "commitments.v1"

    public let manifest = PluginManifest(
        id: CommitmentExtractor.id, name: "Commitments",
        summary: "Pledges, promises and stated future actions, who made them, what they concern and the plan they belong to",
        kind: .extractor,
        needs: [
            "sentences", "tokens", GraphVocabulary.person, GraphVocabulary.organisation, GraphVocabulary.place,
            DocumentAuthor.label,
        ],
        produces: [
            GraphVocabulary.commitment, GraphVocabulary.plan, GraphVocabulary.made, GraphVocabulary.concerns,
            GraphVocabulary.partOf,
        ])

    public init() {}

    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        let lexicon = try context.wordLists.derived("commitments.lexicon") { try CommitmentLexicon(wordLists: context.wordLists) }
        var output = CommitmentOutput(document: document, annotations: annotations, lexicon: lexicon)
        for sentence in annotations.sentences {
            output.add(sentence)
        }
        return output.additions
    }
}
