import DocGraphKit
import DocGraphStore
import DocGraphTestSupport
import Foundation
@testable import FollowUpLinker
import Testing

@Test func probeScores() throws {
    let texts = try SharedPaths.seedFiles().map { url -> LinkedStore.Text in
        let text = try String(contentsOf: url, encoding: .utf8)
        let date = DocumentDating.date(inLeadingText: DocumentDating.leadingText(of: text))
        return LinkedStore.Text(name: url.lastPathComponent, date: date?.iso, text: text)
    }
    let linked = try LinkedStore(texts)
    let lexicon = try FollowUpLexicon(wordLists: WordLists())
    var options = FollowUpOptions([:])
    options.similarityWithCue = 0; options.similarityWithoutCue = 0; options.minimumScore = 0
    let corpus = try FollowUpCorpus(graph: linked.store, lexicon: lexicon)
    let scorer = FollowUpScorer(corpus: corpus, options: options, cues: CueFinder(lexicon: lexicon))
    let wanted = ProcessInfo.processInfo.environment["PROBE"] ?? "experience"
    for (i, c) in corpus.commitments.enumerated() where c.text.contains(wanted) {
        print("#### \(c.text)")
        for d in corpus.documents.indices {
            var all: [FollowUpCandidate] = []
            for s in corpus.documents[d].passages.indices {
                if let x = scorer.score(i, document: d, passages: s..<(s+1)) { all.append(x) }
            }
            let focus = ProcessInfo.processInfo.environment["FOCUS"] ?? "\u{1}"
            for x in all.sorted(by: { $0.similarity > $1.similarity }).enumerated().filter({ $0.offset < 4 || corpus.documents[d].passages[$0.element.passages.lowerBound].text.contains(focus) }).map(\.element) {
                print(String(format: "  d%d sim=%.3f score=%.3f %@ | ", d, x.similarity, x.score, x.relation.rawValue) + corpus.documents[d].passages[x.passages.lowerBound].text.prefix(110))
            }
        }
    }
}
