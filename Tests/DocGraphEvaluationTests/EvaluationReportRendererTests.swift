import DocGraphEvaluation
import Testing

@Suite struct EvaluationReportRendererTests {
    private let report = EvaluationReport(
        gold: "gold.json",
        documents: [DocumentCoverage(file: "a.txt", stored: ["/corpus/a.txt"]), DocumentCoverage(file: "b.txt", stored: [])],
        kinds: [
            KindReport(
                kind: .people, gold: 3, found: 4, strict: Scores(matchedGold: 2, gold: 3, matchedFound: 3, found: 4),
                lenient: Scores(matchedGold: 3, gold: 3, matchedFound: 4, found: 4),
                splits: [Split(gold: "Jane Doe", nodes: [
                    Split.Part(id: 4, name: "Jane Doe", documents: ["a.txt"]), Split.Part(id: 9, name: "Jane", documents: ["a.txt"]),
                ], sharedDocuments: ["a.txt"])],
                missed: [EvaluationItem(document: "a.txt", text: "Alan Brook")],
                spurious: [EvaluationItem(document: "a.txt", text: "Smith", id: 7, lenientMatch: "Sam Smith")]),
            KindReport(
                kind: .followUps, gold: 0, found: 0, strict: Scores(matchedGold: 0, gold: 0, matchedFound: 0, found: 0),
                lenient: Scores(matchedGold: 0, gold: 0, matchedFound: 0, found: 0)),
        ])

    @Test func startsWithTheFiguresOfEveryKind() {
        let lines = EvaluationReportRenderer().render(report).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Array(lines.prefix(3)) == [
            "kind        strict P  R     F1    lenient P  R     F1    gold  found  splits",
            "people      0.75      0.67  0.71  1.00       1.00  1.00  3     4      1",
            "follow-ups  -         -     -     -          -     -     0     0      -",
        ])
    }

    @Test func namesTheDocumentsAndSplitsAndSuggestsShowingErrors() {
        let text = EvaluationReportRenderer().render(report)
        #expect(text.hasSuffix("""

            scored 1 of the 2 documents of gold.json; not in the store, so all their items count as missed: b.txt
            split people: Jane Doe is 2 nodes: Jane Doe #4 (a.txt), Jane #9 (a.txt); together in a.txt
            add --show-errors to list what was missed and what was spurious
            """))
    }

    @Test func listsErrorsWhenAsked() {
        let text = EvaluationReportRenderer(showErrors: true).render(report)
        #expect(text.hasSuffix("""

            people missed (1):
              a.txt  Alan Brook

            people spurious (1):
              a.txt  Smith #7  lenient match: Sam Smith
            """))
    }

    @Test func roundsFiguresToTwoDecimals() {
        #expect(EvaluationReportRenderer.figure(0.954) == "0.95")
        #expect(EvaluationReportRenderer.figure(0.955) == "0.96")
        #expect(EvaluationReportRenderer.figure(0.05) == "0.05")
        #expect(EvaluationReportRenderer.figure(1) == "1.00")
        #expect(EvaluationReportRenderer.figure(nil) == "-")
    }
}
