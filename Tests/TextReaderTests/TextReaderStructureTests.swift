import DocGraphKit
import DocGraphTestSupport
import Testing
import TextReader

/// Small texts for each structure the reader finds.
@Suite struct TextReaderStructureTests {
    /// The blocks of a text as "kind: text" lines, with attributes when there are any.
    private func blocks(_ text: String) throws -> [String] {
        let document = try #require(ReaderConformance.check(TextReader(), on: DocumentFixtures.readerInput(text))).document
        return document.blocks.map { block in
            let attributes = block.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            let suffix = attributes.isEmpty ? "" : " [" + attributes.joined(separator: ",") + "]"
            return "\(block.kind.rawValue): \(document.text(in: block.range))\(suffix)"
        }
    }

    @Test func headingsAreShortLinesWithoutFinalPunctuation() throws {
        #expect(try blocks("Blue light developments\nAs you may know, I chair a group.\n\nThe month ahead\n\nMore text here.") == [
            "heading: Blue light developments", "paragraph: As you may know, I chair a group.",
            "heading: The month ahead", "paragraph: More text here.",
        ])
    }

    @Test func markdownAndBoldLinesAreHeadingsWithoutTheirMarkers() throws {
        let document = try TextReader().read(DocumentFixtures.readerInput("Intro line.\n\n## Section two\n\n**Bold heading**\n\nBody."))
            .document
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.map { document.text(in: $0.range) } == ["Section two", "Bold heading"])
        #expect(headings.map(\.level) == [2, 2])
    }

    @Test func numberedSectionsStandingAloneAreHeadings() throws {
        #expect(try blocks("Intro.\n\n8) Unauthorised Traveller Encampments\n\nIn January, I met them.") == [
            "paragraph: Intro.", "heading: 8) Unauthorised Traveller Encampments", "paragraph: In January, I met them.",
        ])
    }

    @Test func numberedAndBulletLinesAreListItemsWithoutMarkers() throws {
        #expect(try blocks("We agreed:\n1. Fund the scheme.\n2. Review it.\n\n• First point\n- Second point\n* Third point") == [
            "paragraph: We agreed:", "listItem: Fund the scheme. [list=numbered]", "listItem: Review it. [list=numbered]",
            "listItem: First point [list=bullet]", "listItem: Second point [list=bullet]",
            "listItem: Third point [list=bullet]",
        ])
    }

    @Test func diaryEntriesCarryTheirDates() throws {
        let text = "Newsletter\nMarch 2017\n\nHere are the key events:\n\nMarch 6: Visit to a scheme\n10 Sept: Cadets ceremony\nDecember 14:  Group meeting, London\nFriday 3rd March - Board"
        let diary = try blocks(text).filter { $0.contains("list=diary") }
        #expect(diary == [
            "listItem: March 6: Visit to a scheme [date=2017-03-06,list=diary]",
            "listItem: 10 Sept: Cadets ceremony [date=2017-09-10,list=diary]",
            "listItem: December 14:  Group meeting, London [date=2016-12-14,list=diary]",
            "listItem: Friday 3rd March - Board [date=2017-03-03,list=diary]",
        ])
    }

    @Test func diaryEntriesOfAnUndatedDocumentHaveNoDateUnlessTheyGiveTheYear() throws {
        #expect(try blocks("Events:\n\nMarch 6: Visit\n6 March 2018: Board meeting") == [
            "paragraph: Events:", "listItem: March 6: Visit [list=diary]",
            "listItem: 6 March 2018: Board meeting [date=2018-03-06,list=diary]",
        ])
    }

    @Test func captionsByCue() throws {
        let text = "Castle gets help\n\nSome news about it.\n\nPictured above at the castle are the team.\nYouth Academy logo\nPicture shows the chief with staff."
        #expect(try blocks(text).filter { $0.hasPrefix("caption") } == [
            "caption: Pictured above at the castle are the team.", "caption: Youth Academy logo",
            "caption: Picture shows the chief with staff.",
        ])
    }

    @Test func aPictureLineBetweenHeadingAndBodyIsACaption() throws {
        #expect(try blocks("Custody visitors wanted\nTwo visitors entering a police cell to talk\nCould you help? We need volunteers.") == [
            "heading: Custody visitors wanted", "caption: Two visitors entering a police cell to talk",
            "paragraph: Could you help? We need volunteers.",
        ])
    }

    @Test func pictureTextGluedToAParagraphIsSplitOff() throws {
        #expect(try blocks("Inspection results\nHMIC logoThis week has seen the publication of a report.") == [
            "heading: Inspection results", "caption: HMIC logo", "paragraph: This week has seen the publication of a report.",
        ])
        #expect(try blocks("Staff at Neville HouseOn Monday, work started on the new centre.") == [
            "caption: Staff at Neville House", "paragraph: On Monday, work started on the new centre.",
        ])
    }

    @Test func camelCaseNamesAreNotGluedCaptions() throws {
        #expect(try blocks("The SmartWater Foundation and iTunes and McDonald helped the castle this year.") == [
            "paragraph: The SmartWater Foundation and iTunes and McDonald helped the castle this year.",
        ])
    }

    @Test func signatureLinesAfterAParagraph() throws {
        #expect(try blocks("I look forward to working with you.\nJane Doe TD\nCounty Police Commissioner\nNew centre opens\nThe centre opened today.") == [
            "paragraph: I look forward to working with you.", "paragraph: Jane Doe TD [role=signature]",
            "paragraph: County Police Commissioner [role=signature]", "heading: New centre opens",
            "paragraph: The centre opened today.",
        ])
    }

    @Test func linesBeforeTheTitleAreLetterheadOrChrome() throws {
        #expect(try blocks("Copy\n\nJane Doe\nChief Officer\nfor the County\n\nReport to the Panel\n\n23rd March 2017\n\nText.") == [
            "paragraph: Copy [role=chrome]", "paragraph: Jane Doe [role=letterhead]",
            "paragraph: Chief Officer [role=letterhead]", "paragraph: for the County [role=letterhead]",
            "heading: Report to the Panel", "paragraph: 23rd March 2017 [role=dateline]", "paragraph: Text.",
        ])
    }

    @Test func emailChromeIsMarked() throws {
        let found = try blocks("News\n\nBody text.\n\nFacebook\nCopyright © 2017 Someone, All rights reserved.\nunsubscribe from this list")
        #expect(found.suffix(3) == [
            "paragraph: Facebook [role=chrome]", "paragraph: Copyright © 2017 Someone, All rights reserved. [role=chrome]",
            "paragraph: unsubscribe from this list [role=chrome]",
        ])
    }

    @Test func hardWrappedLinesJoinIntoOneParagraph() throws {
        let text = """
            The meeting at the Town Hall involved all of the agencies with powers to deal
            with the issue on public land, including the police and the councils of the
            county. A second meeting followed.

            Next paragraph.
            """
        #expect(try blocks(text).count == 2)
    }

    @Test func aLineRunningOnInLowerCaseContinuesItsParagraphAcrossBlankLines() throws {
        let text = "The pilot showed that as a minimum officers\n\nspent an extra hour on patrol.\n\nNext one."
        #expect(try blocks(text) == [
            "paragraph: The pilot showed that as a minimum officers\n\nspent an extra hour on patrol.", "paragraph: Next one.",
        ])
    }

    @Test func shortLinesAfterAColonAreAList() throws {
        #expect(try blocks("More images from the month:\nStreet patrol in town\nBike marking event\n\nBody text follows here.") == [
            "paragraph: More images from the month:", "listItem: Street patrol in town [list=lines]",
            "listItem: Bike marking event [list=lines]", "paragraph: Body text follows here.",
        ])
    }

    @Test func sentencesCutOffOrWithAuxiliaryVerbsAreNotHeadings() throws {
        #expect(try blocks("Intro.\n\nThe next newsletter will be published on Friday\n\nA schedule is kept online at\n\nEnd.") == [
            "paragraph: Intro.", "paragraph: The next newsletter will be published on Friday",
            "paragraph: A schedule is kept online at", "paragraph: End.",
        ])
    }

    @Test func listItemsKeepTheirIndentationAsLevel() throws {
        let document = try TextReader().read(DocumentFixtures.readerInput("Points:\n\n• top\n        • nested")).document
        #expect(document.blocks.filter { $0.kind == .listItem }.map(\.level) == [1, 3])
    }
}
