import DocGraphKit
import Testing

@Suite struct DateNormaliserTests {
    /// The expressions of a text as "text=start[..end](kind)" strings.
    private func found(_ text: String, reference: String?) -> [String] {
        let normaliser = DateNormaliser(reference: reference.flatMap { PartialDate(iso: $0) })
        return normaliser.expressions(in: text).map { expression in
            let span = expression.end.map { "..\($0.iso)" } ?? ""
            return "\(expression.text)=\(expression.start.iso)\(span)(\(expression.kind.rawValue))"
        }
    }

    @Test(arguments: [
        ("It was held on 23rd March 2017.", "23rd March 2017=2017-03-23(absolute)"),
        ("Published March 2017", "March 2017=2017-03(absolute)"),
        ("The closing date is March 6, 2017 - apply", "March 6, 2017=2017-03-06(absolute)"),
        ("noon on Thursday, 22 December 2016, so", "Thursday, 22 December 2016=2016-12-22(absolute)"),
        ("on the 8th of March 2018", "8th of March 2018=2018-03-08(absolute)"),
        ("dated 2017-03-23 and", "2017-03-23=2017-03-23(absolute)"),
        ("dated 23/03/2017 and", "23/03/2017=2017-03-23(absolute)"),
        ("Sent: Mon 6 Mar. 2017", "Mon 6 Mar. 2017=2017-03-06(absolute)"),
        ("carried out in 2016, with", "2016=2016(absolute)"),
    ])
    func readsDatesThatCarryTheirYear(text: String, expected: String) {
        #expect(found(text, reference: nil) == [expected])
        #expect(found(text, reference: "2010-01") == [expected])
    }

    @Test(arguments: [
        ("March 6: Visit to a scheme", "2017-03", "March 6=2017-03-06(absolute)"),
        ("8 March: Speaking at an AGM", "2017-03", "8 March=2017-03-08(absolute)"),
        ("10 Sept: Cadets ceremony", "2017-09", "10 Sept=2017-09-10(absolute)"),
        ("took place on June 22.", "2017-07", "June 22=2017-06-22(absolute)"),
        ("December 2: Station visit", "2016-12", "December 2=2016-12-02(absolute)"),
        ("met for the first time on Friday 3rd March and", "2017-03-23", "Friday 3rd March=2017-03-03(absolute)"),
        ("In January, I organised a meeting", "2017-03-23", "January=2017-01(absolute)"),
        ("In January we will meet", "2016-12", "January=2017-01(absolute)"),
        ("the Wolf Run in September.", "2016-12", "September=2016-09(absolute)"),
        ("The report was published in June", "2017-07", "June=2017-06(absolute)"),
        ("August 2: Board meeting", "2017-07", "August 2=2017-08-02(absolute)"),
    ])
    func takesMissingYearsFromTheReference(text: String, reference: String, expected: String) {
        #expect(found(text, reference: reference) == [expected])
    }

    @Test func datesWithoutYearNeedAReference() {
        #expect(found("March 6: Visit", reference: nil).isEmpty)
        #expect(found("next month", reference: nil).isEmpty)
    }

    @Test(arguments: [
        ("from 1 June 2017 to 31 May 2019 or", "1 June 2017 to 31 May 2019=2017-06-01..2019-05-31(range)"),
        ("between April and June this year was", "April and June this year=2017-04..2017-06(range)"),
        ("from 6 to 8 March", "6 to 8 March=2017-03-06..2017-03-08(range)"),
        ("on 6-8 March", "6-8 March=2017-03-06..2017-03-08(range)"),
        ("Precept for 1 April 2017 to 31 March 2018", "1 April 2017 to 31 March 2018=2017-04-01..2018-03-31(range)"),
        ("the Plan 2016-2020.", "2016-2020=2016..2020(range)"),
        ("Take the 2016-17 Survey", "2016-17=2016..2017(range)"),
        ("The 2016/17 Annual Report", "2016/17=2016..2017(range)"),
    ])
    func readsRanges(text: String, expected: String) {
        #expect(found(text, reference: "2017-07") == [expected])
    }

    @Test(arguments: [
        ("completed by the end of 2017, with", "by the end of 2017=2017(deadline)"),
        ("by the end of the year", "by the end of the year=2017(deadline)"),
        ("no later than 31 March 2018", "no later than 31 March 2018=2018-03-31(deadline)"),
        ("implemented by 2018.", "by 2018=2018(deadline)"),
        ("decided by March", "by March=2017-03(deadline)"),
        ("until next month", "until next month=2017-08(deadline)"),
        ("by the summer", "by the summer=2017-06..2017-08(deadline)"),
    ])
    func readsDeadlines(text: String, expected: String) {
        #expect(found(text, reference: "2017-07") == [expected])
    }

    @Test func deadlineCueWithoutADateIsNothing() {
        #expect(found("by texting HOMM to 85888", reference: "2016-12").isEmpty)
        #expect(found("before Christmas", reference: "2016-12").isEmpty)
    }

    @Test(arguments: [
        ("a major event later this month", "later this month=2017-09(relative)"),
        ("in next month's newsletter", "next month's=2017-10(relative)"),
        ("Last month Roger became", "Last month=2017-08(relative)"),
        ("later in the year", "later in the year=2017(relative)"),
        ("later this year.", "later this year=2017(relative)"),
        ("last year's assessment", "last year's=2016(relative)"),
        ("at September's panel", "September's=2017-09(absolute)"),
        ("LAST MONTH the panel met", "LAST MONTH=2017-08(relative)"),
        ("last March", "last March=2017-03(relative)"),
        ("last September", "last September=2016-09(relative)"),
        ("next January", "next January=2018-01(relative)"),
    ])
    func resolvesRelativeMonthsAndYears(text: String, expected: String) {
        #expect(found(text, reference: "2017-09") == [expected])
    }

    @Test(arguments: [
        ("Last week I was able", "Last week=2017-03-13..2017-03-19(relative)"),
        ("This week has seen", "This week=2017-03-20..2017-03-26(relative)"),
        ("next week", "next week=2017-03-27..2017-04-02(relative)"),
        ("last weekend", "last weekend=2017-03-18..2017-03-19(relative)"),
        ("On Monday, work started", "Monday=2017-03-20(relative)"),
        ("on Thursday", "Thursday=2017-03-23(relative)"),
        ("last Thursday", "last Thursday=2017-03-16(relative)"),
        ("next Monday", "next Monday=2017-03-27(relative)"),
        ("this Friday", "this Friday=2017-03-24(relative)"),
        ("yesterday", "yesterday=2017-03-22(relative)"),
        ("by Friday", "by Friday=2017-03-24(deadline)"),
    ])
    func resolvesWeeksAndWeekdaysAgainstADay(text: String, expected: String) {
        // 23 March 2017 was a Thursday.
        #expect(found(text, reference: "2017-03-23") == [expected])
    }

    @Test func genericWeekdaysAreNotDates() {
        #expect(found("on patrol on a Friday night", reference: "2017-03-23").isEmpty)
        #expect(found("every Monday we meet", reference: "2017-03-23").isEmpty)
    }

    @Test(arguments: [
        ("The next newsletter will be published on Friday, 7 April.", "2017-03", "Friday, 7 April=2017-04-07(absolute)"),
        ("will be published on Friday 6 October", "2017-09", "Friday 6 October=2017-10-06(absolute)"),
        ("At the beginning of November, I relaunched", "2016-12", "November=2016-11(absolute)"),
        ("at the beginning of 2017, the landscape", "2017-09", "2017=2017(absolute)"),
        ("I hope to see you during 2017.", "2016-12", "2017=2017(absolute)"),
        ("for children aged 14-16 this October", "2017-07", "this October=2017-10(relative)"),
    ])
    func readsSeedShapedSentences(text: String, reference: String, expected: String) {
        #expect(found(text, reference: reference) == [expected])
    }

    @Test(arguments: [
        ("Last week I was able", "Last week=2017-07(relative)"),
        ("On Monday, work started", "Monday=2017-07(relative)"),
        ("this week", "this week=2017-07(relative)"),
    ])
    func weeksAndWeekdaysGiveTheMonthWithoutADay(text: String, expected: String) {
        #expect(found(text, reference: "2017-07") == [expected])
    }

    @Test(arguments: [
        ("followed in the summer by laptops", "2017-03", "the summer=2017-06..2017-08(season)"),
        ("this winter", "2016-12", "this winter=2016-12..2017-02(season)"),
        ("this winter", "2017-01", "this winter=2016-12..2017-02(season)"),
        ("next spring", "2017-07", "next spring=2018-03..2018-05(season)"),
        ("next summer", "2017-03", "next summer=2017-06..2017-08(season)"),
        ("last autumn", "2017-03", "last autumn=2016-09..2016-11(season)"),
        ("in summer 2018", "2017-03", "summer 2018=2018-06..2018-08(season)"),
        ("the autumn of 2016", "2017-03", "the autumn of 2016=2016-09..2016-11(season)"),
    ])
    func readsSeasons(text: String, reference: String, expected: String) {
        #expect(found(text, reference: reference) == [expected])
    }

    @Test func seasonsInsideNamesAreNotDates() {
        #expect(found("took part in the Autumn Wolf Run", reference: "2017-09").isEmpty)
        #expect(found("our annual summer holidays", reference: "2017-09").isEmpty)
    }

    @Test func monthWordsThatAreOtherWordsNeedACue() {
        #expect(found("May I ask", reference: "2017-03").isEmpty)
        #expect(found("They march on", reference: "2017-03").isEmpty)
        #expect(found("June Smith spoke", reference: "2017-03").isEmpty)
        #expect(found("elections in May took", reference: "2017-07") == ["May=2017-05(absolute)"])
    }

    @Test func bareNumbersAreNotYears() {
        #expect(found("the Policing and Crime Act 2017.", reference: "2017-03").isEmpty)
        #expect(found("more than 3000 smartphones", reference: "2017-03").isEmpty)
        #expect(found("over 18 years", reference: "2017-03").isEmpty)
    }

    @Test func findsSeveralExpressionsInOrder() {
        let text = "Interviews are on Monday 8th May. A hearing is set for 30th May 2017, later this month."
        #expect(found(text, reference: "2017-05-02") == [
            "Monday 8th May=2017-05-08(absolute)", "30th May 2017=2017-05-30(absolute)",
            "later this month=2017-05(relative)",
        ])
    }

    @Test func rangesAreUTF8OffsetsOfTheText() throws {
        let text = "Café – on 6 March"
        let expression = try #require(DateNormaliser(reference: PartialDate(iso: "2017-03")).expressions(in: text).first)
        #expect(expression.range == TextRange(start: 13, end: 20))
        #expect(expression.text == "6 March")
    }

    @Test func searchesOnlyTheGivenRange() {
        let text = "March 6: one. March 7: two."
        let normaliser = DateNormaliser(reference: PartialDate(iso: "2017-03"))
        let found = normaliser.expressions(in: text, range: TextRange(start: 14, end: 27))
        #expect(found.map(\.text) == ["March 7"])
    }

    @Test func impossibleDatesAreSkipped() {
        #expect(found("on 30 February 2017", reference: nil).isEmpty)
    }
}
