import DocGraphKit
import DocGraphReports
import Foundation
import Testing

@Suite struct RendererTests {
    let catalog: CommitmentCatalog

    init() throws {
        catalog = try CommitmentCatalog(graph: try ReportFixtures.store())
    }

    @Test func textShowsTheChainThenTheStatus() throws {
        let text = try TraceRenderer(asOf: catalog.asOf).render(Array(catalog.entries.prefix(2)), as: .text)
        #expect(text == """
            Commitment 4 (promise), made 2017-03 by Jane Example in march.txt
              “I will open a youth centre in Northtown”
              part of Northshire Plan
            Follow-ups:
              2017-09  fulfilled  september.txt
                “The youth centre in Northtown was opened by the Mayor, with a "community" day.”
            Status: fulfilled (as of 2017-09)

            Commitment 5 (promise), made 2017-03 by Jane Example in march.txt
              “The footbridge at Eastford is expected to be completed by June”
              due 2017-06
            No follow-ups.
            Status: overdue (as of 2017-09)
            """)
    }

    @Test func explainSaysWhyEachLinkWasMade() throws {
        let text = try TraceRenderer(explain: true).render([catalog.entries[0]], as: .text)
        #expect(text.contains("    why: score 0.5; words: youth, centre; cue: opened (fulfilled)\nStatus: fulfilled"))
    }

    @Test func markdownIsATableForAPanelReport() throws {
        let markdown = try TraceRenderer(explain: true, asOf: catalog.asOf).render([catalog.entries[0]], as: .markdown)
        #expect(markdown == """
            ### I will open a youth centre in Northtown

            - **Made:** 2017-03 by Jane Example (march.txt)
            - **Kind:** promise
            - **Plan:** Northshire Plan

            | Date | Document | Relation | Quote | Why |
            |---|---|---|---|---|
            | 2017-09 | september.txt | fulfilled | “The youth centre in Northtown was opened by the Mayor, with a "community" day.” | score 0.5; words: youth, centre; cue: opened (fulfilled) |

            **Status:** fulfilled (as of 2017-09)
            """)
    }

    @Test func dotDrawsEachFollowUpPointingAtItsCommitment() throws {
        let dot = try TraceRenderer().render([catalog.entries[0]], as: .dot)
        #expect(dot == """
            digraph trace {
              rankdir=LR;
              node [shape=box, style=rounded, fontname="Helvetica", fontsize=10];
              edge [fontname="Helvetica", fontsize=9];
              c4 [label="2017-03 promise\\nI will open a youth centre in Northtown\\nstatus: fulfilled", style="rounded,filled", fillcolor="#eeeeee"];
              f10 [label="2017-09 september.txt\\nThe youth centre in Northtown was opened\\nby the Mayor, with a \\"community\\" day.", shape=note];
              f10 -> c4 [label="fulfilled"];
            }
            """)
    }

    @Test func jsonHoldsEveryField() throws {
        let json = try TraceRenderer(asOf: catalog.asOf).render(catalog.entries, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["asOf"] as? String == "2017-09")
        let commitments = try #require(object["commitments"] as? [[String: Any]])
        #expect(commitments.map { $0["status"] as? String } == ["fulfilled", "overdue", "open"])
        let followUp = try #require((commitments[0]["followUps"] as? [[String: Any]])?.first)
        #expect(followUp["relation"] as? String == "fulfilled")
        #expect(followUp["matched"] as? [String] == ["words: youth, centre", "cue: opened (fulfilled)"])
        #expect((followUp["document"] as? [String: Any])?["name"] as? String == "september.txt")
    }

    @Test func theListIsATableRowPerCommitment() {
        #expect(catalog.entries.map(CommitmentListRenderer.row) == [
            ["4", "2017-03", "Jane Example", "-", "fulfilled", "1", "I will open a youth centre in Northtown"],
            ["5", "2017-03", "Jane Example", "2017-06", "overdue", "0", "The footbridge at Eastford is expected to be completed by June"],
            ["6", "2017-03", "unknown", "2018", "open", "0", "I will review the bus routes in 2018"],
        ])
        let long = CommitmentEntry(id: 1, text: String(repeating: "word ", count: 30))
        #expect(CommitmentListRenderer.row(long)[6].count == CommitmentListRenderer.textWidth)
        #expect(CommitmentListRenderer.row(long)[6].hasSuffix("\u{2026}"))
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        let entry = CommitmentEntry(id: 7, text: "Fund \"safer\" streets, parks", madeBy: ["A", "B"], status: .open)
        #expect(CommitmentListRenderer.csv([entry]) == """
            id,date,made_by,due,status,kind,follow_ups,document,text
            7,,A; B,,open,,0,,"Fund ""safer"" streets, parks"
            """)
        #expect(CommitmentListRenderer.csv(catalog.entries).split(separator: "\n").count == 4)
    }

    @Test func markdownListEscapesPipes() {
        let entry = CommitmentEntry(id: 7, text: "Roads | paths", status: .open)
        #expect(CommitmentListRenderer.markdown([entry], asOf: nil) == """
            | ID | Date | Made by | Due | Status | Follow-ups | Commitment |
            |---|---|---|---|---|---|---|
            | 7 | undated | unknown | - | open | 0 | Roads \\| paths |
            """)
    }
}
