import DocGraphKit
import DocGraphStore
import Testing

/// A later issue reports on a commitment: the linker links it with the right relation.
@Suite struct FollowUpRelationTests {
    @Test(arguments: [
        ("Work has started on the new youth centre in Northtown, managed by a local builder.", "progress"),
        ("The new youth centre in Northtown was opened by the Mayor last week.", "fulfilled"),
        ("The opening of the new youth centre in Northtown has been postponed until the spring.", "changed"),
        ("I have decided against building a youth centre in Northtown after hearing from residents.", "dropped"),
    ])
    func aLaterReportIsLinked(report: String, relation: String) throws {
        let linked = try LinkedStore(Newsletters.pair(report))
        let links = try linked.links()
        #expect(links.count == 1)
        #expect(links.first?.commitment == "I will open a new youth centre in Northtown by the end of 2018")
        #expect(links.first?.update == report)
        #expect(links.first?.relation == relation)
    }

    @Test func anUnrelatedLaterDocumentIsNotLinked() throws {
        let linked = try LinkedStore(Newsletters.pair("The annual flower show in Southvale was opened by the Mayor last week."))
        #expect(try linked.links().isEmpty)
        #expect(try linked.store.nodes(labeled: "Update").isEmpty)
    }

    @Test func anEarlierDocumentDoesNotFollowUp() throws {
        let linked = try LinkedStore(Newsletters.pair("The new youth centre in Northtown was opened by the Mayor last week.", date: "2016-11"))
        #expect(try linked.links().isEmpty)
    }

    @Test func aPlanOrWishIsNotAReport() throws {
        let linked = try LinkedStore(Newsletters.pair("I hope the new youth centre in Northtown will be opened soon."))
        #expect(try linked.links().isEmpty)
    }

    @Test func theSameDocumentReportsWhenItPointsBack() throws {
        let text = Newsletters.issue(
            "July 2017",
            "Last year I gave residents the assurance that I would repair the footbridge at Eastford. "
                + "This month I was able to make good on that commitment when the footbridge reopened.")
        let linked = try LinkedStore([LinkedStore.Text(name: "c.txt", date: "2017-07", text: text)])
        let links = try linked.links()
        #expect(links.map(\.relation) == ["fulfilled"])
        #expect(links.first?.update == "This month I was able to make good on that commitment when the footbridge reopened.")
        #expect(links.first?.matched.contains("points back: that commitment") == true)
        #expect(links.first?.matched.contains("time: same document, 1 sentence later") == true)
    }

    @Test func aRoleFilledFulfilsItsRecruitment() throws {
        let linked = try LinkedStore([
            LinkedStore.Text(name: "a.txt", date: "2017-03", text: Newsletters.issue(
                "March 2017", "An advert for the recruitment of a Head of Community Safety is live until April.")),
            LinkedStore.Text(name: "b.txt", date: "2017-09", text: Newsletters.issue(
                "September 2017", "Head of Community Safety Sam Wilder will lead our work with schools.", news: 3..<6)),
        ])
        let links = try linked.links()
        #expect(links.map(\.relation) == ["fulfilled"])
        #expect(links.first?.matched.contains("role filled: Head of Community Safety Sam Wilder") == true)
    }

    @Test func aRecurringLineIsNeverAFollowUp() throws {
        let line = "The next newsletter will be published on Friday, 6 January."
        let texts = ["2016-12", "2017-01", "2017-02"].enumerated().map { index, date in
            LinkedStore.Text(name: "\(index).txt", date: date, text: Newsletters.issue(date, line, news: index..<(index + 3)))
        }
        #expect(try LinkedStore(texts).links().isEmpty)
    }

    @Test func eachLinkExplainsItself() throws {
        let linked = try LinkedStore(Newsletters.pair("The new youth centre in Northtown was opened by the Mayor last week."))
        let matched = try #require(try linked.links().first).matched
        #expect(matched.contains("cue: opened (fulfilled)"))
        #expect(matched.contains("time: made 2017-03, reported 2017-09"))
        #expect(matched.contains { $0.hasPrefix("words: ") && $0.contains("youth") })
        #expect(matched.contains { $0.hasPrefix("similarity: ") })
        let relationship = try #require(try linked.store.relationships(ofType: "FOLLOWS_UP").first)
        #expect((relationship.properties["score"]?.doubleValue ?? 0) > 0)
        #expect(relationship.properties["quote"] == "The new youth centre in Northtown was opened by the Mayor last week.")
        #expect(relationship.properties["extractor"] == "follow-ups.v1")
    }

    @Test func aReportBeyondTheReachIsNotLinked() throws {
        let report = "The new youth centre in Northtown was opened by the Mayor last week."
        #expect(try LinkedStore(Newsletters.pair(report, date: "2020-03")).links().count == 1)
        #expect(try LinkedStore(Newsletters.pair(report, date: "2020-04")).links().isEmpty)
        #expect(try LinkedStore(Newsletters.pair(report, date: "2017-09"), options: ["reachMonths": 3]).links().isEmpty)
    }

    @Test func optionsCanRaiseTheBar() throws {
        let linked = try LinkedStore(
            Newsletters.pair("The new youth centre in Northtown was opened by the Mayor last week."), options: ["minimumScore": 5])
        #expect(try linked.links().isEmpty)
    }
}
