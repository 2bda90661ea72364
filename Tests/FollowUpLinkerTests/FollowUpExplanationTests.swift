import DocGraphKit
import Testing
@testable import FollowUpLinker

/// A candidate keeps what its explanation is made from, and its lines are written after the
/// sweep, from the words read back from the corpus's file: the segments it was weighed with
/// are gone by then.
@Suite struct FollowUpExplanationTests {
    /// The candidates of the eight years of issues, one document a segment, and the scorer.
    func swept() throws -> (candidates: [FollowUpCandidate], scorer: FollowUpScorer) {
        let linked = try LinkedStore(CandidateSweepTests.texts)
        let lexicon = try FollowUpLexicon(wordLists: LinkedStore.coreLists)
        var corpus = try FollowUpCorpus(graph: linked.store, lexicon: lexicon)
        corpus.windows = corpus.windows.cut(every: 1)
        let scorer = FollowUpScorer(corpus: corpus, options: FollowUpOptions(FollowUpDefaults.options), cues: CueFinder(lexicon: lexicon))
        return (try CandidateSweep(scorer: scorer).candidates().candidates, scorer)
    }

    @Test func theLinesOfACandidateAreWrittenAfterTheSweep() throws {
        let (candidates, scorer) = try swept()
        let report = try #require(candidates.first { $0.document == 1 && scorer.corpus.commitments[$0.commitment].document == 0 })
        #expect(report.cues.phrase == "opened" && report.cues.relation == .fulfilled)
        #expect(report.plan == nil && report.role == nil)
        #expect(try scorer.matched(for: report) == [
            "words: employers", "cue: opened (fulfilled)", "time: made 2010-03, reported 2011-04", "similarity: 0.65",
        ])
    }
}
