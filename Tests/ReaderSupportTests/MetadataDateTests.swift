import DocGraphKit
import ReaderSupport
import Testing

@Suite struct MetadataDateTests {
    @Test func isoValues() {
        #expect(MetadataDate.iso("2017-03-23T09:00:00Z") == PartialDate(year: 2017, month: 3, day: 23))
        #expect(MetadataDate.iso(" 2017-07 ") == PartialDate(year: 2017, month: 7))
        #expect(MetadataDate.iso("2017") == PartialDate(year: 2017))
        #expect(MetadataDate.iso("20170323") == nil)
        #expect(MetadataDate.iso("March 2017") == nil)
    }

    @Test func rfc5322Values() {
        #expect(MetadataDate.rfc5322("Fri, 7 Jul 2017 09:30:00 +0100") == PartialDate(year: 2017, month: 7, day: 7))
        #expect(MetadataDate.rfc5322("7 Jul 17 09:30 GMT") == PartialDate(year: 2017, month: 7, day: 7))
        #expect(MetadataDate.rfc5322("Thu, 31 Feb 2017 10:00:00 +0000") == nil)
        #expect(MetadataDate.rfc5322("yesterday") == nil)
    }
}
