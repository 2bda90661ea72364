import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct ConformanceChecksTests {
    @Test func soundReaderPasses() {
        let result = ReaderConformance.check(FixtureReader(), on: DocumentFixtures.readerInput("A line."))
        #expect(result?.document.blocks.count == 1)
    }

    @Test func overlappingBlocksAreReported() {
        withKnownIssue("blocks overlap") {
            ReaderConformance.check(FixtureReader(overlapping: true), on: DocumentFixtures.readerInput("A line."))
        }
    }

    @Test func wrongDocumentIDIsReported() {
        withKnownIssue("the id is not the input's") {
            ReaderConformance.check(FixtureReader(wrongID: true), on: DocumentFixtures.readerInput("A line."))
        }
    }

    @Test func soundExtractorPasses() {
        let output = ExtractorConformance.check(FixtureExtractor(), on: DocumentFixtures.document("Hi there"))
        #expect(output?.mentions.first?.text == "Hi")
    }

    @Test func undeclaredLabelIsReported() {
        withKnownIssue("Person is not declared") {
            ExtractorConformance.check(FixtureExtractor(undeclared: true), on: DocumentFixtures.document("Hi there"))
        }
    }

    @Test func rangeInsideAScalarIsReported() {
        withKnownIssue("the range cuts é") {
            ExtractorConformance.check(FixtureExtractor(cutsCharacter: true), on: DocumentFixtures.document("é"))
        }
    }

    @Test func boundariesFollowScalarsAndCharacters() {
        let text = "e\u{301}x£"  // e + combining acute, x, pound sign
        #expect(TextBoundaries.isScalarBoundary(1, in: text))
        #expect(!TextBoundaries.isCharacterBoundary(1, in: text))
        #expect(TextBoundaries.isCharacterBoundary(3, in: text))
        #expect(!TextBoundaries.isScalarBoundary(5, in: text))
        #expect(TextBoundaries.isCharacterBoundary(6, in: text))
    }

    @Test func fixturesFindRangesAndParagraphs() throws {
        let text = "  One line\nstill one.\n\n\nTwo.  \n"
        let document = DocumentFixtures.paragraphs(text)
        #expect(document.blocks.map { document.text(in: $0.range) } == ["One line\nstill one.", "Two."])
        let range = try #require(DocumentFixtures.range(of: "one", in: text, occurrence: 1))
        #expect(range == TextRange(start: 17, end: 20))
        #expect(DocumentFixtures.range(of: "one", in: text, occurrence: 2) == nil)
    }
}
