import DOCXReader
import DocGraphKit
import DocGraphPipeline
import DocGraphTestSupport
import EmailReader
import Foundation
import HTMLReader
import MarkdownReader
import PDFReader
import Testing
import TextReader

/// Choosing a reader by content and extension, and the one-line errors for files no reader can
/// take, with the real readers of this package.
@Suite struct ReaderSelectionTests {
    let selector = ReaderSelector(readers: [
        TextReader(), HTMLReader(), MarkdownReader(), DOCXReader(), EmailReader(), PDFReader(),
    ])

    func input(_ text: String, _ name: String) -> ReaderInput {
        DocumentFixtures.readerInput(text, name: name)
    }

    @Test func contentBeatsExtension() throws {
        #expect(try selector.reader(for: input("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt")).format == "html")
        #expect(try selector.reader(for: input("From: a@example.org\nSubject: Hi\n\nBody", "mail.txt")).format == "email")
        #expect(try selector.reader(for: input("%PDF-1.4\n", "scan.txt")).format == "pdf")
        #expect(try selector.reader(for: input("<!DOCTYPE html><html></html>", "notes.md")).format == "html")
        #expect(try selector.reader(for: input("# Notes", "notes.md")).format == "markdown")
        #expect(try selector.reader(for: input("Plain notes.", "notes.txt")).format == "text")
        #expect(try selector.reader(for: input("Plain notes.", "notes")).format == "text")
        #expect(try selector.read(input("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt")).document.text == "Hi")
    }

    @Test func emptyFile() {
        #expect(throws: ReadError("the file is empty; there is nothing to read")) {
            try selector.read(DocumentFixtures.readerInput(bytes: Data(), name: "empty.html"))
        }
    }

    @Test func binaryFile() {
        let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 * 7) })
        #expect(throws: ReadError("the file is binary and no reader recognises its format; readers here take: docx, email, html, markdown, pdf, text")) {
            try selector.read(DocumentFixtures.readerInput(bytes: bytes, name: "image.bin"))
        }
    }

    @Test func oldWordDocument() {
        var bytes = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        bytes.append(Data(repeating: 0, count: 504))
        #expect(throws: ReadError("the file is an Office 97-2003 document (.doc, .xls, .ppt), which no reader takes; save it as .docx or PDF")) {
            try selector.read(DocumentFixtures.readerInput(bytes: bytes, name: "minutes.doc"))
        }
    }

    @Test func unrecognisedText() {
        let withoutText = ReaderSelector(readers: selector.readers.filter { $0.format != "text" })
        #expect(throws: ReadError("no reader recognises the file's format; readers here take: docx, email, html, markdown, pdf")) {
            try withoutText.read(input("plain words", "notes.rtf"))
        }
        #expect(throws: ReadError("no reader recognises the file's format; no readers are registered")) {
            try ReaderSelector(readers: []).read(input("plain words", "notes.txt"))
        }
    }

    @Test func fileOverTheSizeLimit() throws {
        let small = ReaderSelector(readers: selector.readers, maxFileBytes: 1024)
        #expect(throws: ReadError("the file is 2 KB, over the 1 KB limit for one document; split it or raise the limit (docgraph ingest --max-file-size)")) {
            try small.read(input(String(repeating: "<p>x</p>", count: 256), "big.html"))
        }
        #expect(throws: ReadError("the file is 200 MB, over the 100 MB limit for one document; split it or raise the limit (docgraph ingest --max-file-size)")) {
            try selector.checkSize(of: 200 << 20)
        }
    }

    @Test func docxThatIsNotAZip() {
        #expect(throws: ReadError("not a DOCX file: the content is not a zip archive, as a Word document is; save it from Word as .docx")) {
            try selector.read(input("these are words, not a Word document", "report.docx"))
        }
        var garbage = Data([0x50, 0x4B, 0x03, 0x04])
        garbage.append(Data(repeating: 0x41, count: 100))
        #expect(throws: ReadError("the DOCX archive is damaged or truncated (its zip directory cannot be read); save the document again from Word")) {
            try selector.read(DocumentFixtures.readerInput(bytes: garbage, name: "report.docx"))
        }
    }

    @Test func invalidUTF8AndMalformedHTMLAreRead() throws {
        var bytes = Data("<html><body><p>Council <b>met".utf8)
        bytes.append(0xFE)
        let result = try selector.read(DocumentFixtures.readerInput(bytes: bytes, name: "broken.html"))
        #expect(result.document.text == "Council met\u{FFFD}")
        #expect(result.warnings == ["invalid UTF-8 replaced with U+FFFD at 1 place"])
    }

    @Test func fiftyMegabyteFileIsRead() throws {
        let sentence = "The committee met on Tuesday and agreed the plan for the coming year. "
        let paragraph = "<p>" + String(repeating: sentence, count: 14) + "</p>\n"
        let count = (50 << 20) / paragraph.utf8.count + 1
        let html = "<!DOCTYPE html><html><body>" + String(repeating: paragraph, count: count) + "</body></html>"
        let input = input(html, "large.html")
        #expect(input.bytes.count > 50 << 20)
        let result = try selector.read(input)
        #expect(result.document.blocks.count == count)
        #expect(result.warnings.isEmpty)
    }

    @Test func newsletterByEmailReadsAsTheWebPage() throws {
        let url = SharedPaths.repositoryRoot.appendingPathComponent("Tests/HTMLReaderTests/Fixtures/mailchimp-newsletter.html")
        let page = try DocumentFixtures.readerInput(contentsOf: url)
        let html = try HTMLReader().read(page).document
        let message = """
            From: Newsletter <news@example.org>\r
            Subject: =?utf-8?Q?Monthly_update_from_Warwickshire's_Police_and_Crime_Commissioner?=\r
            Date: Fri, 7 Jul 2017 12:00:00 +0100\r
            MIME-Version: 1.0\r
            Content-Type: multipart/alternative; boundary="----=_NextPart"\r
            \r
            ------=_NextPart\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            Plain version.\r
            ------=_NextPart\r
            Content-Type: text/html; charset=utf-8\r
            Content-Transfer-Encoding: base64\r
            \r
            \(page.bytes.base64EncodedString(options: .lineLength76Characters))\r
            ------=_NextPart--\r
            """
        let email = try #require(ReaderConformance.check(EmailReader(), on: input(message, "newsletter.eml"))).document
        #expect(try selector.reader(for: input(message, "newsletter.eml")).format == "email")
        #expect(email.text == html.text)
        #expect(email.title == html.title)
        #expect(email.date == PartialDate(year: 2017, month: 7, day: 7))
        #expect(email.kind == .newsletter)
    }

    @Test func newsletterPageAgreesWithThePlainTextSeed() throws {
        let seedURL = try #require(try SharedPaths.seedFiles().first { $0.lastPathComponent.hasPrefix("004_") })
        let pageURL = SharedPaths.repositoryRoot.appendingPathComponent("Tests/HTMLReaderTests/Fixtures/mailchimp-newsletter.html")
        let seed = try selector.read(try DocumentFixtures.readerInput(contentsOf: seedURL)).document
        let page = try selector.read(try DocumentFixtures.readerInput(contentsOf: pageURL)).document
        #expect(seed.format == "text")
        #expect(page.format == "html")
        #expect(page.title == seed.title)
        #expect(page.date == seed.date)
        #expect(page.kind == seed.kind)
        let sentences = { (document: Document) in
            Set(TextAnalyzer().analyze(document).sentences.map {
                document.text(in: $0.range).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            })
        }
        let inPage = sentences(page)
        let missing = sentences(seed).subtracting(inPage)
        // The page lacks only the e-mail chrome; the plain text's sentences that differ (where an
        // image description was glued to the next line) are still there word for word.
        let chrome = ["View this email in your browser", "Copyright © 2017 Warwickshire PCC, All rights reserved.",
                      "unsubscribe from this list update subscription preferences", "Email Marketing Powered by Mailchimp"]
        let pageText = page.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        #expect(missing.subtracting(chrome).allSatisfy { pageText.contains($0) }, "\(missing.sorted())")
        #expect(missing.isSuperset(of: chrome))
        #expect(inPage.count > 80)
    }
}
