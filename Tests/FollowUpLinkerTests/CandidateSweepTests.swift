import DocGraphKit
import Testing
@testable import FollowUpLinker

/// The postings are built a segment at a time and dropped when no commitment left reaches
/// them: the candidates are the same however the windows are cut, and with small segments
/// fewer are held than built.
@Suite struct CandidateSweepTests {
    /// Eight years of issues, each reporting on the pledge of the year before and making a new
    /// one: more years than a commitment reaches (36 months).
    static let texts: [LinkedStore.Text] = {
        let pledges = [
            "I will open a new youth centre in Northtown by the end of next year, with support from local employers.",
            "I will recruit twenty rural crime officers for the western villages to tackle farm thefts.",
            "I will fund a new victims' helpline staffed by trained volunteers every evening.",
            "I will install speed cameras on the coast road through Eastford after residents' complaints.",
            "I will set up a cadet unit at Southvale school for pupils aged thirteen to sixteen.",
            "I will launch a scheme to mark bicycles against theft at the Saturday markets.",
            "I will open a drop-in centre for rough sleepers beside Westbury station.",
            "I will publish a strategy on knife crime together with the county's head teachers.",
        ]
        let reports = [
            "",
            "The new youth centre in Northtown opened this month, with support from local employers.",
            "Twenty rural crime officers now patrol the western villages, and farm thefts have fallen.",
            "The victims' helpline staffed by trained volunteers answered its first calls this evening.",
            "Speed cameras on the coast road through Eastford were switched on after residents' complaints.",
            "The cadet unit at Southvale school welcomed its first pupils aged thirteen to sixteen.",
            "The scheme to mark bicycles against theft has been launched at the Saturday markets.",
            "The drop-in centre for rough sleepers beside Westbury station opened its doors.",
        ]
        let months = ["March", "April", "May", "June", "July", "August", "September", "October"]
        return pledges.indices.map { year in
            let statement = [reports[year], pledges[year]].filter { !$0.isEmpty }.joined(separator: " ")
            let month = months[year]
            let number = year + 3 < 10 ? "0\(year + 3)" : "\(year + 3)"
            return LinkedStore.Text(
                name: "issue-\(2010 + year).txt", date: "\(2010 + year)-\(number)",
                text: Newsletters.issue("\(month) \(2010 + year)", statement, news: (year % 4)..<(year % 4 + 2)))
        }
    }()

    /// The candidates of every commitment with the windows cut every `windows` windows (whole
    /// documents at a time), what the sweep took, and how many segments there were.
    func sweep(cutEvery windows: Int) throws -> (candidates: [FollowUpCandidate], tally: CandidateSweep.Tally, segments: Int) {
        let linked = try LinkedStore(Self.texts)
        let lexicon = try FollowUpLexicon(wordLists: LinkedStore.coreLists)
        var corpus = try FollowUpCorpus(graph: linked.store, lexicon: lexicon)
        corpus.windows = corpus.windows.cut(every: windows)
        let scorer = FollowUpScorer(corpus: corpus, options: FollowUpOptions(FollowUpDefaults.options), cues: CueFinder(lexicon: lexicon))
        let (candidates, tally) = try CandidateSweep(scorer: scorer).candidates()
        return (candidates, tally, corpus.windows.segmentDocuments.count)
    }

    @Test func everyYearsReportIsACandidate() throws {
        let whole = try sweep(cutEvery: .max)
        #expect(whole.segments == 1)
        #expect(whole.tally == CandidateSweep.Tally(built: 1, mostHeld: 1))
        // Reports in most years are among the candidates, none in the first issue.
        let documents = Set(whole.candidates.map(\.document))
        #expect(documents.count >= 5)
        #expect(!documents.contains(0))
    }

    @Test(arguments: [1, 5, 15])
    func theCandidatesDoNotDependOnTheCut(windows: Int) throws {
        let whole = try sweep(cutEvery: .max)
        let cut = try sweep(cutEvery: windows)
        #expect(cut.segments > 1)
        #expect(cut.candidates == whole.candidates)
    }

    @Test func aSegmentIsBuiltOnceAndDroppedWhenNothingLeftReachesIt() throws {
        // One document a segment. An issue comes 13 months after the one before, so a commitment
        // reaches its own issue and the next two (26 months on), not the third (39).
        let cut = try sweep(cutEvery: 1)
        #expect(cut.segments == 8)
        #expect(cut.tally.built == 8)
        #expect(cut.tally.mostHeld == 3)
    }
}
