import DocGraphKit
import DocGraphStore
import Testing

/// The status the linker records for each commitment with HAS_STATUS.
@Suite struct CommitmentStatusLinkTests {
    static let pledge = "I will open a new youth centre in Northtown by the end of 2018"

    @Test func aFulfilledCommitmentIsFulfilled() throws {
        let linked = try LinkedStore(Newsletters.pair("The new youth centre in Northtown was opened by the Mayor last week."))
        #expect(try linked.statuses() == [Self.pledge: "fulfilled"])
    }

    @Test func aCommitmentWithNothingSinceIsOpen() throws {
        let linked = try LinkedStore(Newsletters.pair("The annual flower show in Southvale was opened by the Mayor last week."))
        #expect(try linked.statuses() == [Self.pledge: "open"])
    }

    @Test func aPassedDueDateWithoutFulfilmentIsOverdue() throws {
        let linked = try LinkedStore([
            LinkedStore.Text(name: "a.txt", date: "2017-03", text: Newsletters.issue(
                "March 2017", "The new footbridge at Eastford is expected to be completed in the summer.")),
            LinkedStore.Text(name: "b.txt", date: "2017-11", text: Newsletters.issue("November 2017", "Nothing more to add.", news: 3..<6)),
        ])
        #expect(try linked.statuses() == ["The new footbridge at Eastford is expected to be completed in the summer": "overdue"])
        let relationship = try #require(try linked.store.relationships(ofType: "HAS_STATUS").first)
        #expect(relationship.properties["asOf"] == "2017-11")
        #expect(relationship.properties["quote"] == "The new footbridge at Eastford is expected to be completed in the summer")
    }

    @Test func theStatusPointsAtTheDocumentThatShowsIt() throws {
        let linked = try LinkedStore(Newsletters.pair("I have decided against building a youth centre in Northtown after all."))
        let relationship = try #require(try linked.store.relationships(ofType: "HAS_STATUS").first)
        let later = try #require(try linked.store.documents().first { $0.name == "b.txt" })
        #expect(relationship.to == later.nodeID)
        #expect(relationship.properties["status"] == "dropped")
        #expect(relationship.properties["followUps"] == 1)
    }
}
