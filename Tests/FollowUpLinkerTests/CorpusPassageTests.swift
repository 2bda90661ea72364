import DocGraphKit
import Testing
@testable import FollowUpLinker

/// A passage gives back the offsets it was made with, kept in four bytes each.
@Suite struct CorpusPassageTests {
    @Test func givesBackWhatItWasMadeWith() {
        let passage = CorpusPassage(
            range: TextRange(start: 120, end: 4_000_000_000), scalars: 100..<3_999_000_000, words: 7..<19, counts: 3..<11,
            isHeading: false, heading: 4, boilerplateKey: -42, pointsBack: true)
        #expect(passage.range == TextRange(start: 120, end: 4_000_000_000))
        #expect(passage.scalars == 100..<3_999_000_000)
        #expect(passage.words == 7..<19)
        #expect(passage.counts == 3..<11)
        #expect(passage.heading == 4)
        #expect(!passage.isHeading)
        #expect(passage.boilerplateKey == -42)
        #expect(passage.pointsBack)
    }

    @Test func aPassageWithoutAHeadingAboveHasNone() {
        let heading = CorpusPassage(
            range: TextRange(start: 0, end: 5), scalars: 0..<5, words: 0..<1, counts: 0..<1, isHeading: true, heading: nil,
            boilerplateKey: 0)
        #expect(heading.heading == nil)
        #expect(heading.isHeading)
        #expect(!heading.pointsBack)
    }

    @Test func textsUpTo4GiBFit() {
        #expect(CorpusPassage.fits(textBytes: 4_294_967_295))
        #expect(!CorpusPassage.fits(textBytes: 4_294_967_296))
        #expect(MemoryLayout<CorpusPassage>.stride == 48)
    }
}
