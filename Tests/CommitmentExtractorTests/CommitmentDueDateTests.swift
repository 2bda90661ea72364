import DocGraphKit
import Testing

/// The due date a commitment's words give, against the document's date.
@Suite struct CommitmentDueDateTests {
    @Test(arguments: [
        ("Works are expected to be completed by the end of 2017.", "2017-03", "2017"),
        ("This will be followed in the summer by a roll-out of laptops.", "2017-03", "2017-08"),
        ("This is a topic I will look at in more depth later in the year.", "2017-03", "2017"),
        ("My office will continue to work with the agencies in the coming weeks.", "2017-07", "2017-08"),
        ("I will review the scheme over the coming months.", "2017-11", "2018-02"),
        ("More phones are to be issued during March and April.", "2017-03", "2017-04"),
        ("The next newsletter will be published on Friday, 6 January.", "2016-12", "2017-01-06"),
    ])
    func due(text: String, date: String, due: String) throws {
        #expect(try Extraction.kindAndDue(of: text, date: date)?.due == due, "\(text)")
    }

    @Test func noTimetableMeansNoDueDate() throws {
        let found = try Extraction.kindAndDue(of: "I will continue to hold the Chief Constable to account.")
        #expect(found?.kind == "promise")
        #expect(found?.due == nil)
    }

    @Test func aDateBeforeTheCueIsNotATimetable() throws {
        #expect(try Extraction.kindAndDue(of: "Last month I said that I would review it.", date: "2017-03")?.due == nil)
    }

    @Test func theDateIsTheDocumentsDate() throws {
        let commitment = try Extraction.commitments(in: "I will continue to hold the force to account.", date: "2017-03-23").first
        #expect(commitment?.properties["date"] == "2017-03-23")
        let undated = try Extraction.commitments(in: "I will continue to hold the force to account.", date: nil).first
        #expect(undated?.properties["date"] == nil)
    }
}
