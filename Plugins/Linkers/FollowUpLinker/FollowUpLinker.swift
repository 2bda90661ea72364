import DocGraphKit

/// Finds statements in later documents that report progress on, deliver, change or drop an
/// earlier commitment, and links them: an Update node for the passage, FOLLOWS_UP {relation,
/// score, matched} to the Commitment, and HAS_STATUS {status, asOf} from every Commitment to
/// the latest document so queries can read its derived status.
///
/// It reads the whole graph after every batch and its output replaces its previous output.
/// How a link is weighed is in ``FollowUpScorer``; which links are kept in
/// ``FollowUpSelection``; thresholds and weights are options (``FollowUpOptions``) and its
/// words lexicons a rule pack can replace.
public struct FollowUpLinker: Linker {
    public static let id = "follow-ups.v1"

    public let manifest = PluginManifest(
        id: FollowUpLinker.id, name: "Follow-ups",
        summary: "Later statements that report progress on, deliver, change or drop earlier commitments, and each commitment's status",
        kind: .linker, needs: [GraphVocabulary.commitment],
        produces: [GraphVocabulary.update, GraphVocabulary.followsUp, GraphVocabulary.hasStatus],
        options: FollowUpOptions.defaults)

    public init() {}

    public func link(graph: any GraphReading, context: ExtractionContext) throws -> LinkResult {
        let lexicon = try FollowUpLexicon(wordLists: context.wordLists)
        let options = FollowUpOptions(context.options)
        let corpus = try FollowUpCorpus(graph: graph, lexicon: lexicon)
        let scorer = FollowUpScorer(corpus: corpus, options: options, cues: CueFinder(lexicon: lexicon))
        let candidates = try CandidateSweep(scorer: scorer).candidates().candidates
        let own = try corpus.ownTerms(of: candidates.lazy.map(\.commitment))
        let selected = FollowUpSelection(corpus: corpus, options: options).select(candidates, own: own)
        let output = FollowUpOutput(corpus: corpus, linker: Self.id)
        let evidence = try output.evidence(of: selected) { try graph.text(ofDocument: $0) }
        let matched = try selected.map(scorer.matched(for:))
        return output.result(
            selected, evidence: evidence, matched: matched, earlier: try graph.relationships(ofType: GraphVocabulary.followsUp),
            statements: try graph.mentions(ofNodesLabeled: GraphVocabulary.commitment).compactMapValues(\.first))
    }
}
