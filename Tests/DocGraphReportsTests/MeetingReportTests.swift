import DocGraphKit
import DocGraphReports
import DocGraphStore
import DocGraphTestSupport
import Testing

@Suite struct MeetingReportTests {
    let report: MeetingReport

    init() throws {
        report = MeetingReport(graph: try MeetingStoreFixture.store())
    }

    @Test func everyMeetingOfAPersonInDateOrderWithTheOthersAndThePlace() throws {
        let meetings = try report.meetings(attendedBy: "Jane Rowe")
        #expect(meetings.map(\.title) == ["Spring Show", "weekly meeting", "Speaking at the National Farmers Union meeting"])
        #expect(meetings.map(\.role) == ["attendee", "attendee", "speaker"])
        #expect(meetings[0].others == ["Tom Hale"])
        #expect(meetings[0].places == ["Easton"])
        #expect(meetings[0].evidence == "I joined Tom Hale at the Spring Show in Easton.")
        #expect(meetings[0].document == "may.txt")
        #expect(meetings[2].others == ["National Farmers Union"])
    }

    @Test(arguments: ["NFU", "nfu", "the National Farmers' Union"])
    func namesResolveThroughAliases(name: String) throws {
        let meetings = try report.meetings(attendedBy: name)
        #expect(meetings.map(\.title) == ["Speaking at the National Farmers Union meeting"])
        #expect(meetings.first?.others == ["Jane Rowe"])
    }

    @Test func withKeepsMeetingsSharedWithAnotherParty() throws {
        let meetings = try report.meetings(attendedBy: "Jane Rowe", filter: MeetingFilter(with: "Tom Hale"))
        #expect(meetings.map(\.title) == ["Spring Show"])
    }

    @Test func statusAndDatesFilter() throws {
        let planned = try report.meetings(attendedBy: "Jane Rowe", filter: MeetingFilter(status: "planned"))
        #expect(planned.map(\.title) == ["weekly meeting", "Speaking at the National Farmers Union meeting"])
        let may = try report.meetings(
            attendedBy: "Jane Rowe", filter: MeetingFilter(since: PartialDate(iso: "2018-05-10"), until: PartialDate(iso: "2018-05")))
        #expect(may.map(\.title) == ["weekly meeting", "Speaking at the National Farmers Union meeting"])
        let april = try report.meetings(attendedBy: "Jane Rowe", filter: MeetingFilter(until: PartialDate(iso: "2018-04-30")))
        #expect(april.map(\.title) == ["Spring Show"])
    }

    @Test func anUnknownNameSaysSoAndSuggestsTheClosest() throws {
        #expect(throws: MeetingReportError.unknownName("Jane Row", suggestions: ["Jane Rowe", "National Farmers Union", "Tom Hale"])) {
            try report.meetings(attendedBy: "Jane Row")
        }
        let error = MeetingReportError.unknownName("Jane Row", suggestions: ["Jane Rowe", "Tom Hale"])
        #expect(error.description == "no person or organisation called 'Jane Row'; closest known: Jane Rowe, Tom Hale")
        #expect(MeetingReportError.unknownName("X", suggestions: []).description
            == "no person or organisation called 'X'; the store holds no people or organisations yet")
    }

    @Test func tablesAsCSVAndMarkdown() {
        let table = ReportTable(columns: ["meeting", "evidence"], rows: [["Show, spring", "He said \"yes\" | no"]])
        #expect(table.csv() == "meeting,evidence\r\n\"Show, spring\",\"He said \"\"yes\"\" | no\"\r\n")
        #expect(table.markdown() == "| meeting | evidence |\n| --- | --- |\n| Show, spring | He said \"yes\" \\| no |\n")
    }
}
