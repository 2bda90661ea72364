@testable import DocGraphBench
import Testing

@Suite struct TemplateBuilderTests {
    @Test func findsPeoplePlacesBodiesAndDates() {
        let pieces = TemplateBuilder().template(
            for: "Councillor Jane Smith met the Ashford District Council in Brampton in March 2017.")
        #expect(pieces == [
            .person(key: "Smith", title: "Councillor", words: 2), .text(" met the "),
            .organisation(key: "Ashford", tail: "District Council"), .text(" in "), .place(key: "Brampton"),
            .text(" in "), .month(2), .text(" "), .year(offset: 0), .text("."),
        ])
    }

    @Test func keepsSentenceOpenersAndPossessives() {
        let pieces = TemplateBuilder().template(for: "The Ashford Police's new plan starts in 2019.")
        #expect(pieces == [
            .text("The "), .organisation(key: "Ashford", tail: "Police"), .text("'s new plan starts in "),
            .year(offset: 2), .text("."),
        ])
    }

    @Test func leavesOrdinaryCapitalisedWordsAlone() {
        #expect(TemplateBuilder().template(for: "This week I visited the HMIC office.") == [.text("This week I visited the HMIC office.")])
    }
}
