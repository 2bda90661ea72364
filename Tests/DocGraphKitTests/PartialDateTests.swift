import DocGraphKit
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: ["2017", "2017-03", "2017-03-23", "2016-02-29"])
    func roundTripsISO(text: String) {
        #expect(PartialDate(iso: text)?.iso == text)
    }

    @Test(arguments: ["17", "2017-13", "2017-02-30", "2017-3-x", "", "2017--01"])
    func rejectsNonDates(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test func comparesByFirstDayThenPrecision() throws {
        let month = try #require(PartialDate(iso: "2017-03"))
        let day = try #require(PartialDate(iso: "2017-03-01"))
        let later = try #require(PartialDate(iso: "2017-03-23"))
        #expect(month < day)
        #expect(day < later)
        #expect(month.agrees(with: later))
        #expect(!day.agrees(with: later))
    }
}
