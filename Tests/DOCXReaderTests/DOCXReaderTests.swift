import DOCXReader
import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing

@Suite struct DOCXReaderTests {
    let reader = DOCXReader()

    func input(_ bytes: Data, name: String = "report.docx") -> ReaderInput {
        DocumentFixtures.readerInput(bytes: bytes, name: name)
    }

    @Test func structureOfADocument() throws {
        typealias F = DOCXFixture
        let body = F.paragraph(F.run("Annual review"), style: "Title")
            + F.paragraph(F.run("Background"), style: "Heading1")
            + F.paragraph(F.run("The board ") + F.run("met", bold: true) + F.run(" twice."))
            + F.paragraph(F.run("Roads"), list: (1, 0)) + F.paragraph(F.run("Bridges"), list: (1, 1))
            + F.paragraph(F.run("First step"), list: (2, 0))
            + F.paragraph(F.run("Styled item"), style: "ListBullet2")
            + F.paragraph(F.run("Outline heading"), style: "Section")
            + F.paragraph(F.run("Localised heading"), style: "berschrift3")
            + F.table([["Item", "Cost"], ["Roads", "£2m"]])
            + "<w:p><w:r><w:t>kept</w:t></w:r><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>"
            + "<w:r><w:instrText> PAGE </w:instrText></w:r><w:ins><w:r><w:t xml:space=\"preserve\"> inserted</w:t></w:r></w:ins></w:p>"
        let bytes = try F.document(body: body, title: "Annual review 2018", created: "2018-04-30T10:00:00Z", creator: "Clerk")
        let result = try #require(ReaderConformance.check(reader, on: input(bytes)))
        let document = result.document
        #expect(document.text == """
            Annual review

            Background

            The board met twice.

            Roads
            Bridges
            First step
            Styled item

            Outline heading

            Localised heading

            Item\tCost
            Roads\t£2m

            kept inserted
            """)
        #expect(document.blocks.map { "\($0.kind.rawValue)\($0.level)" } == [
            "heading1", "heading1", "paragraph1", "listItem1", "listItem2", "listItem1", "listItem2", "heading2", "heading3",
            "tableCell1", "tableCell1", "tableCell1", "tableCell1", "paragraph1",
        ])
        #expect(document.blocks[1].attributes == ["style": "heading 1"])
        #expect(document.blocks[3].attributes == ["marker": "bullet"])
        #expect(document.blocks[5].attributes == ["marker": "decimal"])
        #expect(document.blocks[6].attributes == ["style": "List Bullet 2", "marker": "bullet"])
        #expect(document.blocks[12].attributes == ["row": "2", "column": "2"])
        #expect(document.title == "Annual review 2018")
        #expect(document.date == PartialDate(year: 2018, month: 4, day: 30))
        #expect(document.metadata == ["author": "Clerk", "created": "2018-04-30T10:00:00Z"])
        #expect(result.warnings.isEmpty)
    }

    @Test func seedReportReadsAsThePlainText() throws {
        let seed = try #require(try SharedPaths.seedFiles().first { $0.lastPathComponent.hasPrefix("001_") })
        let text = try String(contentsOf: seed, encoding: .utf8)
        let leading = DocumentDating.leadingText(of: text)
        let body = SeedReport.body(of: text)
        let withProperties = try DOCXFixture.document(
            body: body, title: "Report to the Police and Crime Panel", created: "2017-03-23T09:00:00Z")
        let withoutProperties = try DOCXFixture.document(body: body)
        for bytes in [withProperties, withoutProperties] {
            let document = try #require(ReaderConformance.check(reader, on: input(bytes))).document
            #expect(document.text == SeedReport.expectedText(of: text))
            let splitter = SentenceSplitter()
            let plain = Document.slice(text, TextRange(start: 0, end: text.utf8.count)).replacingOccurrences(of: "*", with: "")
            let expected = splitter.sentences(in: plain).map { normalised(Document.slice(plain, $0.range)) }
            let actual = splitter.sentences(in: document).map { normalised(document.text(in: $0.range)) }
            #expect(actual.filter { !expected.contains($0) } == [])
            #expect(expected.filter { !actual.contains($0) } == [])
            #expect(document.title == DocumentDating.title(inLeadingText: leading))
            #expect(document.date == DocumentDating.date(inLeadingText: leading))
            #expect(document.title == "Report to the Police and Crime Panel")
            #expect(document.date == PartialDate(year: 2017, month: 3, day: 23))
            #expect(document.kind == .report)
            #expect(document.blocks.filter { $0.kind == .heading }.count == 11)
            #expect(document.blocks.filter { $0.kind == .listItem }.count == 30)
        }
    }

    func normalised(_ sentence: String) -> String {
        sentence.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func documentWithoutTextWarns() throws {
        let result = try reader.read(input(try DOCXFixture.document(body: "<w:p/>")))
        #expect(result.document.text.isEmpty)
        #expect(result.warnings == ["no text was found in the file"])
    }

    @Test func notAZipIsAClearError() {
        #expect(throws: ReadError("not a DOCX file: the content is not a zip archive, as a Word document is; save it from Word as .docx")) {
            try reader.read(DocumentFixtures.readerInput("just some words", name: "notes.docx"))
        }
    }

    @Test func truncatedArchiveIsAClearError() throws {
        let bytes = try DOCXFixture.document(body: DOCXFixture.paragraph(DOCXFixture.run("text")))
        #expect(throws: ReadError("the DOCX archive is damaged or truncated (its zip directory cannot be read); save the document again from Word")) {
            try reader.read(input(bytes.prefix(bytes.count / 2)))
        }
    }

    @Test func archiveWithoutBodyIsAClearError() throws {
        let bytes = try DOCXFixture.archive([("readme.txt", "hello")])
        #expect(throws: ReadError("the zip archive holds no Word document body (word/document.xml); it is not a .docx file")) {
            try reader.read(input(bytes))
        }
    }

    @Test func malformedBodyIsAClearError() throws {
        let bytes = try DOCXFixture.archive([("word/document.xml", "<w:document><w:body>")])
        #expect(throws: ReadError("word/document.xml in the DOCX archive is not well-formed XML; save the document again from Word")) {
            try reader.read(input(bytes))
        }
    }

    @Test func zipBombIsRefused() throws {
        let filler = String(repeating: "<w:p><w:r><w:t>aaaaaaaaaaaaaaaa</w:t></w:r></w:p>", count: 40_000)
        let bytes = try DOCXFixture.document(body: filler)
        #expect(bytes.count < 200_000)
        var limited = input(bytes)
        limited.limits.maxExpandedBytes = 1 << 20
        #expect(throws: ReadError("the DOCX archive expands past the 1 MB limit at word/document.xml; it was refused as a possible zip bomb")) {
            try reader.read(limited)
        }
        #expect(try reader.read(input(bytes)).document.blocks.count == 40_000)
    }

    @Test func fitness() throws {
        let bytes = try DOCXFixture.document(body: DOCXFixture.paragraph(DOCXFixture.run("text")))
        #expect(reader.fitness(for: input(bytes, name: "report.bin")) == 98)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("words", name: "report.docx")) == 60)
        #expect(reader.fitness(for: input(try DOCXFixture.archive([("a.txt", "a")]), name: "a.zip")) == 0)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("words", name: "notes.txt")) == 0)
    }
}
