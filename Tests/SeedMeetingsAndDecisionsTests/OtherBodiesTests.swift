import DocGraphKit
import DocGraphTestSupport
import Testing

/// Newsletters written in the style of other commissioners and councils, through the whole
/// chain: the rules must work on documents they were not written from.
@Suite struct OtherBodiesTests {
    @Test func aFireCommissionersNewsletter() throws {
        let extraction = try SeedExtraction(text: """
            Monthly update from the Police, Fire and Crime Commissioner for Northshire
            June 2019

            Last week I visited the new fire station in Easton with Chief Fire Officer Dan Crowe. The station will open to the public on 14 July.

            On 3 June I chaired the Northshire Criminal Justice Board, where partners agreed a new plan for victims' services. I also spoke at the annual conference of the Association of Chief Fire Officers in Harrogate.

            The Police and Crime Panel met on 11 June and approved my budget proposals.

            I am pleased to announce that Sara Okafor has been appointed as Chief Finance Officer.

            Coming up

            12 July: Meeting with the Northshire Farmers Union, Ashby
            15 July: Opening of the Ashby Community Hub

            Alan Jones
            Police, Fire and Crime Commissioner for Northshire
            """)
        #expect(extraction.meetingLines == [
            "visited the new fire station in Easton with Chief Fire Officer Dan Crowe | 2019-06 | held | Alan Jones/attendee, Dan Crowe/attendee | Easton",
            "chaired the Northshire Criminal Justice Board | 2019-06-03 | held | Alan Jones/chair, Northshire Criminal Justice Board/attendee | ",
            "annual conference of the Association of Chief Fire Officers in Harrogate | - | held | Alan Jones/speaker, Association of Chief Fire Officers/attendee | Harrogate",
            "Police and Crime Panel met on 11 June and approved my budget proposals | 2019-06-11 | held | Police and Crime Panel/attendee, Alan Jones/attendee | ",
            "Meeting with the Northshire Farmers Union | 2019-07-12 | planned | Alan Jones/attendee, Northshire Farmers Union/attendee | Ashby",
            "Opening of the Ashby Community Hub | 2019-07-15 | planned | Alan Jones/attendee | ",
        ])
        #expect(extraction.decisionLines == [
            "The Police and Crime Panel met on 11 June and approved my budget proposals. | Police and Crime Panel",
            "I am pleased to announce that Sara Okafor has been appointed as Chief Finance Officer. | Alan Jones",
        ])
    }

    @Test func aCouncilLeadersUpdateWithBulletsAndDashedDiaryLines() throws {
        let extraction = try SeedExtraction(text: """
            Leader's Update – October 2018

            Cllr Priya Shah
            Leader of Westvale Borough Council

            What I have been doing

            • Attended the Westvale Business Breakfast
            • Met with the Chief Executive of Westvale Housing Trust
            • Hosted a visit by the Minister for Local Government to the town centre
            • Presented at the Local Government Association conference

            Last Tuesday the Cabinet agreed to invest £2m in new play areas. Following consultation, I have decided to keep the library open on Saturdays.

            Forthcoming

            Monday 5 November: Westvale Youth Council, Town Hall
            12 Nov – Remembrance Service at the War Memorial
            """)
        let lines = extraction.meetingLines
        #expect(lines.count == 6)
        #expect(lines.prefix(4).allSatisfy { $0.contains("| held | Priya Shah/") })
        #expect(lines[2].contains("Priya Shah/host"))
        #expect(lines[3].contains("Priya Shah/speaker"))
        #expect(lines.suffix(2).allSatisfy { $0.contains("| planned | Priya Shah/attendee") })
        let decisions = extraction.decisionLines
        #expect(decisions.count == 2)
        // The Cabinet decided, whatever the entity extractors call it: not the author.
        #expect(decisions.first?.hasPrefix("Last Tuesday the Cabinet agreed to invest £2m in new play areas. | ") == true)
        #expect(decisions.first?.hasSuffix("Priya Shah") == false)
        #expect(decisions.last == "Following consultation, I have decided to keep the library open on Saturdays. | Priya Shah")
    }
}
