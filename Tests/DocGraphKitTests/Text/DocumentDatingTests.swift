import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct DocumentDatingTests {
    @Test(arguments: [
        ("Monthly update\nMarch 2017\nThis week I announced a plan.", "2017-03"),
        ("Report to the Panel\n\n23rd March 2017\n\nThe purpose of this report is to update members.", "2017-03-23"),
        ("**Newsletter**\nDate: Friday 3 March 2017\nHello.", "2017-03-03"),
        ("Newsletter - December 2016\nNews.", "2016-12"),
        ("From: Office\nSent: Mon 6 Mar 2017 10:00\nSubject: Update", "2017-03-06"),
        ("Minutes\n2017-05-04\nPresent: the board", "2017-05-04"),
    ])
    func findsTheDateInLeadingLines(text: String, iso: String) {
        #expect(DocumentDating.date(inLeadingText: text)?.iso == iso)
    }

    @Test func prefersAStandaloneDateLineOverDatesInSentences() {
        let text = "Report\nThe panel last met on 3rd February 2017.\n23rd March 2017\n"
        #expect(DocumentDating.date(inLeadingText: text)?.iso == "2017-03-23")
    }

    @Test func datesInLongSentencesOrWithoutYearDoNotDateTheDocument() {
        #expect(DocumentDating.date(inLeadingText: "Hello\nMarch 6: visit\nThe deadline is 6 March 2017 for everyone who wishes to apply for the scheme.") == nil)
        #expect(DocumentDating.date(inLeadingText: "") == nil)
    }

    @Test(arguments: [
        ("Monthly update from the Commissioner\nMarch 2017\nText.", DocumentKind.newsletter),
        ("Hello\nText.\n\nunsubscribe from this list", .newsletter),
        ("Item 3\n\nReport to the Police and Crime Panel\n\nText about a report.", .report),
        ("Minutes of the Board meeting\nPresent: A, B and C\nApologies: D", .minutes),
        ("A letter\n\nDear Sir, thank you.", .other),
    ])
    func readsTheKindFromGeneralCues(text: String, kind: DocumentKind) {
        #expect(DocumentDating.kind(of: text) == kind)
    }

    @Test func aMentionOfMinutesInTheBodyDoesNotMakeMinutes() {
        let text = "Report to the Council\n\n1) Purpose\n\nThe full minutes of both meetings are published."
        #expect(DocumentDating.kind(of: text) == .report)
    }

    @Test(arguments: [
        ("Copy\nMonthly update from the Commissioner\nView this email in your browser\n", "Monthly update from the Commissioner"),
        ("View this email in your browser\nNewsletter header image\nSpring News\nMarch 2017", "Spring News"),
        ("\n\nJane Doe\nChief Officer\nfor the County\n\nItem 3\n\nReport to the Panel\n", "Report to the Panel"),
        ("# **Annual Report**\n\nText.", "Annual Report"),
        ("March 2017\nThe Parish Newsletter\n", "The Parish Newsletter"),
    ])
    func findsTheTitle(text: String, title: String) {
        #expect(DocumentDating.title(inLeadingText: text) == title)
    }

    @Test func aTitledStanzaIsNotALetterhead() {
        let text = "Minutes of the\nParish Council\nMarch 2017\n\nPresent: four members"
        #expect(DocumentDating.title(inLeadingText: text) == "Minutes of the")
    }

    @Test(arguments: ["Events:\nMarch 6: Visit", "The pilot showed that officers\n\nspent an hour more.",
                      "I look forward to it.\nJane Doe"])
    func linesThatReadAsBodyAreNotTitles(text: String) {
        #expect(DocumentDating.title(inLeadingText: text) == nil)
    }

    @Test func aLetterheadAfterChromeIsSkipped() {
        let text = "Copy\n\nJane Doe\nChief Officer\nfor the County\n\nReport to the Panel\n"
        #expect(DocumentDating.title(inLeadingText: text) == "Report to the Panel")
    }

    @Test func aDateInsideAnUnlabelledLineDoesNotDateTheDocument() {
        #expect(DocumentDating.date(inLeadingText: "Events:\n\n6 March 2018: Board meeting") == nil)
        #expect(DocumentDating.date(inLeadingText: "Published on 6 March 2018 by the office")?.iso == "2018-03-06")
    }

    @Test(arguments: [("Copy", true), ("View this email in your browser", true), ("Twitter", true),
                      ("unsubscribe from this list    update subscription preferences", true),
                      ("Email Marketing Powered by Mailchimp", true), ("Newsletter header image", true),
                      ("Copyright © 2017 Someone, All rights reserved.", true), ("The month ahead", false),
                      ("Copy editors met on Monday.", false)])
    func recognisesChromeLines(line: String, isChrome: Bool) {
        #expect(DocumentDating.isChrome(line: line) == isChrome)
    }

    @Test func bodyTextIsNotATitle() {
        let text = "We met the chief officer at the station today and we talked about the new plans for the county."
        #expect(DocumentDating.title(inLeadingText: text) == nil)
        #expect(DocumentDating.title(inLeadingText: "Copy\n\n") == nil)
    }

    @Test func leadingTextStopsAfterTheGivenNumberOfNonBlankLines() {
        #expect(DocumentDating.leadingText(of: "a\n\nb\nc\nd", lines: 2) == "a\n\nb")
        #expect(DocumentDating.leadingText(of: "a\nb", lines: 5) == "a\nb")
    }

    @Test(arguments: [
        ("000_0de250827f1bd0a2.txt", "2017-03", DocumentKind.newsletter, "Monthly update from Warwickshire's Police and Crime Commissioner"),
        ("001_9da314cc6a9fe4da.txt", "2017-03-23", .report, "Report to the Police and Crime Panel"),
        ("002_beac637aa5a014bf.txt", "2016-12", .newsletter, "Monthly update from Warwickshire's Police and Crime Commissioner"),
        ("003_81907808ba1dbcd4.txt", "2017-09", .newsletter, "MONTHLY UPDATE"),
        ("004_94bf3c743eff976e.txt", "2017-07", .newsletter, "Monthly update from Warwickshire's Police and Crime Commissioner"),
    ])
    func readsTheSeeds(name: String, iso: String, kind: DocumentKind, title: String) throws {
        let text = try String(contentsOf: SharedPaths.seeds.appendingPathComponent(name), encoding: .utf8)
        let leading = DocumentDating.leadingText(of: text)
        #expect(DocumentDating.date(inLeadingText: leading)?.iso == iso)
        #expect(DocumentDating.kind(of: text) == kind)
        #expect(DocumentDating.title(inLeadingText: leading) == title)
    }
}
