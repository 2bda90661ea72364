import DocGraphKit
import DocGraphTestSupport
import Testing

@Suite struct MeetingShapesTests {
    @Test func diaryLinesArePlannedDatedMeetingsWithTheirTrailingPlace() {
        let found = MeetingFixture(
            "The month ahead\nMay 14: Visit to the Riverside Youth Hub, Easton\n21 May: Speaking at Northshire Farmers AGM\n",
            organisations: ["Northshire Farmers"]).meetings
        #expect(found.map(\.description) == [
            "Visit to the Riverside Youth Hub 2018-05-14 planned visit [\"Jane Rowe/attendee\"] [\"Easton\"]",
            "Speaking at Northshire Farmers AGM 2018-05-21 planned meeting [\"Jane Rowe/speaker\", \"Northshire Farmers/attendee\"] []",
        ])
    }

    @Test func diaryBlocksMarkedByTheReaderNeedNoColon() {
        let body = "Rural crime forum at Easton Hall\n"
        let block = Block(kind: .listItem, range: TextRange(start: 0, end: body.utf8.count - 1),
                          attributes: ["list": "diary", "date": "2018-06-02"])
        let found = MeetingFixture(body, blocks: [block]).meetings
        #expect(found.map(\.title) == ["Rural crime forum at Easton Hall"])
        #expect(found.first?.date == "2018-06-02")
        #expect(found.first?.status == "planned")
    }

    @Test func anEntryDatedBeforeTheDocumentWasHeld() {
        let found = MeetingFixture("April 30: Northshire Safety Board meeting\n", organisations: ["Northshire Safety Board"]).meetings
        #expect(found.map(\.status) == ["held"])
    }

    @Test func activitySummariesAreHeldWithTheAuthorInTheirRole() {
        let found = MeetingFixture(
            "I have attended the following meetings:\n- Chaired the Northshire Safety Board meeting\n"
                + "- Met with the Northshire Farmers Union\n- Visited the force control room\n- Spoke at the Parish Forum\n",
            organisations: ["Northshire Safety Board", "Northshire Farmers Union"]).meetings
        #expect(found.map(\.status) == ["held", "held", "held", "held"])
        #expect(found.map(\.attendees) == [
            ["Jane Rowe/chair", "Northshire Safety Board/attendee"], ["Jane Rowe/attendee", "Northshire Farmers Union/attendee"],
            ["Jane Rowe/attendee"], ["Jane Rowe/speaker"],
        ])
        #expect(found.map(\.kind) == ["meeting", "meeting", "visit", "event"])
    }

    @Test func narrativeWithABodyAPlaceAndADate() {
        let found = MeetingFixture(
            "On 12 April I attended the conference of the Rural Crime Network in Carlisle.",
            organisations: ["Rural Crime Network"], places: ["Carlisle"]).meetings
        #expect(found.map(\.description) == [
            "conference of the Rural Crime Network in Carlisle 2018-04-12 held conference [\"Jane Rowe/attendee\", \"Rural Crime Network/attendee\"] [\"Carlisle\"]",
        ])
    }

    @Test func someoneJoiningTheAuthorSomewhere() {
        let found = MeetingFixture(
            "Last week Tom Hale joined me at Easton Hall to sit down with the agencies.", dated: "2018-05-16",
            people: ["Tom Hale"]).meetings
        #expect(found.count == 1)
        #expect(found.first?.attendees == ["Tom Hale/attendee", "Jane Rowe/attendee"])
        #expect(found.first?.places == ["Easton Hall"])
        #expect(found.first?.status == "held")
    }

    @Test func laterSentencesAddToTheMeetingTheyPointBackAt() {
        let found = MeetingFixture(
            "In March, I organised a meeting in Easton to discuss flooding. The meeting at Easton Town Hall involved "
                + "all of the agencies. Also in attendance were Tom Hale MP and Riverside Council.",
            people: ["Tom Hale"], organisations: ["Riverside Council"], places: ["Easton"]).meetings
        #expect(found.count == 1)
        #expect(found.first?.date == "2018-03")
        #expect(found.first?.attendees == ["Jane Rowe/host", "Tom Hale/attendee", "Riverside Council/attendee"])
    }

    @Test func aRecurringMeetingIsOneNodePerDocument() {
        let found = MeetingFixture(
            "I have a weekly meeting with the Chief Constable to hold the force to account.\n\n"
                + "My weekly meeting with the Chief Constable covers performance.").meetings
        #expect(found.map(\.kind) == ["recurring"])
        #expect(found.map(\.status) == ["planned"])
    }

    @Test(arguments: [
        "I gave him the assurance that I would convene a meeting of the agencies.",
        "I wasn't able to attend the Spring Fair this year.",
        "A full schedule of my meetings and events is kept online.",
        "You can find details of these meetings here.",
        "To find out more, visit our vacancies page.",
        "The plan will help officers to meet the challenges of the future.",
    ])
    func hypotheticalNegatedAndGenericMentionsAreNoMeeting(text: String) {
        #expect(MeetingFixture(text).meetings.isEmpty)
    }

    @Test func aCaptionAndTheStoryOfItsSectionAreOneMeeting() {
        let found = MeetingFixture(
            "Spring Show\nPictured at the show are Ann Vale and Tom Hale.\n"
                + "The Northshire Spring Show on 3 May drew crowds to Easton Park. I joined the team in the morning.\n",
            people: ["Ann Vale", "Tom Hale"], places: ["Easton Park"]).meetings
        #expect(found.count == 1)
        #expect(found.first?.title == "Northshire Spring Show")
        #expect(found.first?.date == "2018-05-03")
        #expect(found.first?.places == ["Easton Park"])
        #expect(Set(found.first?.attendees ?? []) == ["Ann Vale/attendee", "Tom Hale/attendee", "Jane Rowe/attendee"])
    }

    @Test func theFutureIsPlanned() {
        let found = MeetingFixture("Next month I will speak at the Northshire Business Awards.").meetings
        #expect(found.map(\.status) == ["planned"])
        #expect(found.first?.title == "Northshire Business Awards")
    }

    @Test func withoutAnAuthorFirstPersonWordsNameNobody() {
        let found = MeetingFixture("Pictured above: a crowd.\nI visited the new custody suite in Easton.", places: ["Easton"])
        #expect(found.meetings.allSatisfy { !$0.attendees.contains { $0.hasPrefix("Jane") } } == false)
    }
}
