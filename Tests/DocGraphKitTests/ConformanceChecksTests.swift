import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

/// A reader that makes one paragraph of the whole text, or breaks the contract on request.
private struct FixtureReader: DocumentReader {
    var overlapping = false
    var wrongID = false
    let manifest = PluginManifest(id: "fixture-reader.v1", name: "Fixture", summary: "test", kind: .reader)
    let format = "text"

    func fitness(for input: ReaderInput) -> Int { 50 }

    func read(_ input: ReaderInput) throws -> ReadResult {
        let text = String(decoding: input.bytes, as: UTF8.self)
        let count = text.utf8.count
        var blocks = [Block(kind: .paragraph, range: TextRange(start: 0, end: count))]
        if overlapping { blocks.append(Block(kind: .paragraph, range: TextRange(start: 0, end: 1))) }
        let document = Document(id: wrongID ? "x" : input.documentID, name: input.name, source: input.url.path,
                                format: format, text: text, blocks: blocks)
        return ReadResult(document: document)
    }
}

/// An extractor that labels the first word, or breaks the contract on request.
private struct FixtureExtractor: Extractor {
    var undeclared = false
    var cutsCharacter = false
    let manifest = PluginManifest(id: "fixture.v1", name: "Fixture", summary: "test", kind: .extractor,
                                  produces: ["WORD"])

    func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        let end = cutsCharacter ? 1 : 2
        let range = TextRange(start: 0, end: end)
        return Annotations(mentions: [
            Mention(id: "fixture.v1#1", label: undeclared ? "Person" : "WORD", range: range,
                    text: document.text(in: range), extractor: manifest.id),
        ])
    }
}

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
