import DocGraphKit
import DocGraphTestSupport
import Foundation
import PDFReader
import Testing

/// These tests run the real pdftotext: poppler-utils must be installed (CI installs it).
@Suite struct PDFReaderTests {
    let reader = PDFReader()

    @Test func readsTheTextLayerIntoBlocks() throws {
        let pdf = MinimalPDF.document(pages: [
            ["Report to the Scrutiny Panel", "", "23rd March 2017", "", "The panel met twice this quarter.",
             "It agreed the budget.", "", "- Roads", "- Schools"],
            ["Second page text."],
        ])
        let input = DocumentFixtures.readerInput(bytes: pdf, name: "report.pdf")
        let result = try #require(ReaderConformance.check(reader, on: input))
        let document = result.document
        #expect(document.text == """
            Report to the Scrutiny Panel

            23rd March 2017

            The panel met twice this quarter.
            It agreed the budget.

            Roads
            Schools

            Second page text.
            """)
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph, .listItem, .listItem, .paragraph])
        #expect(document.title == "Report to the Scrutiny Panel")
        #expect(document.date == PartialDate(year: 2017, month: 3, day: 23))
        #expect(document.kind == .report)
        #expect(result.warnings.isEmpty)
    }

    @Test func missingPdftotextSaysWhatToInstall() {
        let offPath = PDFReader(searchPath: "/nonexistent:/also/missing")
        let input = DocumentFixtures.readerInput(bytes: MinimalPDF.document(pages: [["x"]]), name: "a.pdf")
        #expect(throws: ReadError("pdftotext is not installed; install poppler-utils (apt-get install poppler-utils) to read PDF files")) {
            try offPath.read(input)
        }
    }

    @Test func damagedPDFIsAClearError() {
        let input = DocumentFixtures.readerInput("%PDF-1.4\nnot really a pdf\n", name: "broken.pdf")
        #expect(throws: ReadError("pdftotext could not read the PDF (exit status 1: Syntax Error: Couldn't read xref table); it may be damaged or encrypted")) {
            try reader.read(input)
        }
    }

    @Test func pageWithoutTextWarns() throws {
        let result = try reader.read(DocumentFixtures.readerInput(bytes: MinimalPDF.document(pages: [[]]), name: "scan.pdf"))
        #expect(result.document.text.isEmpty)
        #expect(result.warnings == ["the PDF has no text layer (it may hold scanned pages only); nothing was read"])
    }

    @Test func fitness() {
        #expect(reader.fitness(for: DocumentFixtures.readerInput("%PDF-1.7\n", name: "a.bin")) == 97)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("words", name: "a.pdf")) == 60)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("words", name: "a.txt")) == 0)
    }
}
