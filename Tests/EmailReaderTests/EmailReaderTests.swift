import DocGraphKit
import DocGraphTestSupport
import EmailReader
import Foundation
import Testing

@Suite struct EmailReaderTests {
    let reader = EmailReader()

    func read(_ message: String, name: String = "message.eml") throws -> ReadResult {
        try #require(ReaderConformance.check(reader, on: DocumentFixtures.readerInput(message, name: name)))
    }

    static let html = """
        <html><head><title>Ignored page title</title></head><body>
        <p><a href="https://example.org/archive">View this email in your browser</a></p>
        <h1>Spring update</h1><p>The caf\u{E9} opened on Monday.</p>
        <p>Copyright \u{A9} 2019 Town Club, All rights reserved.</p>
        <p><a href="https://example.org/unsubscribe">Unsubscribe</a></p></body></html>
        """

    @Test func prefersTheHTMLPartOfAnAlternative() throws {
        let htmlBase64 = Data(EmailReaderTests.html.utf8).base64EncodedString(options: .lineLength76Characters)
        let message = """
            From: =?utf-8?Q?Jos=C3=A9_Smith?= <news@example.org>\r
            To: reader@example.org\r
            Subject: =?utf-8?B?U3ByaW5n?= =?utf-8?Q?_update_=E2=80=94_April?=\r
            Date: Tue, 2 Apr 2019 09:30:00 +0100\r
            MIME-Version: 1.0\r
            Content-Type: multipart/alternative;\r
             boundary="b1"\r
            \r
            This is a multi-part message in MIME format.\r
            --b1\r
            Content-Type: text/plain; charset=iso-8859-1\r
            Content-Transfer-Encoding: quoted-printable\r
            \r
            Spring update. The caf=E9 opened on Monday.\r
            --b1\r
            Content-Type: text/html; charset="utf-8"\r
            Content-Transfer-Encoding: base64\r
            \r
            \(htmlBase64)\r
            --b1--\r
            """
        let result = try read(message)
        let document = result.document
        #expect(document.text == "Spring update\n\nThe café opened on Monday.")
        #expect(document.blocks.first?.kind == .heading)
        #expect(document.title == "Spring update — April")
        #expect(document.date == PartialDate(year: 2019, month: 4, day: 2))
        #expect(document.metadata["author"] == "José Smith <news@example.org>")
        #expect(document.metadata["to"] == "reader@example.org")
        #expect(result.warnings.isEmpty)
    }

    @Test func fallsBackToThePlainTextPart() throws {
        var bytes = Data("""
            From: clerk@example.org
            Subject: Agenda
            Date: 5 May 2018 10:00 GMT
            Content-Type: multipart/mixed; boundary=outer

            --outer
            Content-Type: text/plain; charset=windows-1252
            Content-Transfer-Encoding: 8bit

            Items for the meeting:
            - Roads
            - Schools

            Close.
            --outer
            Content-Type: application/pdf; name=agenda.pdf
            Content-Disposition: attachment; filename=agenda.pdf
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            --outer--

            """.utf8)
        if let range = bytes.range(of: Data("Close.".utf8)) {
            bytes.replaceSubrange(range, with: [0x93, 0x43, 0x6C, 0x6F, 0x73, 0x65, 0x94, 0x2E])
        }
        let result = try #require(ReaderConformance.check(reader, on: DocumentFixtures.readerInput(bytes: bytes, name: "agenda.eml")))
        let document = result.document
        #expect(document.text == "Items for the meeting:\n- Roads\n- Schools\n\n\u{201C}Close\u{201D}.")
        #expect(document.title == "Agenda")
        #expect(document.date == PartialDate(year: 2018, month: 5, day: 5))
    }

    @Test func plainTextListsAndParagraphs() throws {
        let message = "From: a@example.org\nSubject: Notes\nContent-Transfer-Encoding: quoted-printable\n\n"
            + "First line of a long para=\ngraph.\n\n- one\n- two\n\n1. first\n2) second\n"
        let document = try read(message).document
        #expect(document.text == "First line of a long paragraph.\n\none\ntwo\n\nfirst\nsecond")
        #expect(document.blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .listItem, .listItem])
    }

    @Test func onlyAttachmentsIsAClearError() {
        let message = """
            From: a@example.org
            Subject: Scan
            Content-Type: multipart/mixed; boundary=x

            --x
            Content-Type: image/png
            Content-Transfer-Encoding: base64

            iVBORw0KGgo=
            --x--
            """
        #expect(throws: ReadError("the message has no text or HTML body to read, only attachments or other media")) {
            try reader.read(DocumentFixtures.readerInput(message, name: "scan.eml"))
        }
    }

    @Test func invalidUTF8AndUnknownCharsetsAreWarnings() throws {
        var bytes = Data("From: a@example.org\nSubject: Bad\nContent-Type: text/plain; charset=utf-8\n\nok ".utf8)
        bytes.append(0xFF)
        let result = try reader.read(DocumentFixtures.readerInput(bytes: bytes, name: "bad.eml"))
        #expect(result.document.text == "ok \u{FFFD}")
        #expect(result.warnings == ["invalid UTF-8 replaced with U+FFFD at 1 place"])
        let unknown = try read("From: a@example.org\nSubject: K\nContent-Type: text/plain; charset=klingon\n\nqapla")
        #expect(unknown.warnings == ["the message declares the charset 'klingon', which is not supported; it was read as UTF-8"])
    }

    @Test func deepNestingIsCut() throws {
        var limits = ReaderLimits()
        limits.maxDepth = 3
        var message = "From: a@example.org\nSubject: Deep\nContent-Type: multipart/mixed; boundary=b0\n\n"
        for level in 0..<6 {
            message += "--b\(level)\nContent-Type: multipart/mixed; boundary=b\(level + 1)\n\n"
        }
        message += "--b6\nContent-Type: text/plain\n\ndeep text\n"
        let outer = "--b0\nContent-Type: text/plain\n\nshallow text\n"
        var input = DocumentFixtures.readerInput(message.replacingOccurrences(of: "\n\n--b0\n", with: "\n\n" + outer + "--b0\n"), name: "deep.eml")
        input.limits = limits
        let result = try reader.read(input)
        #expect(result.document.text == "shallow text")
        #expect(result.warnings == ["MIME parts nested deeper than 3 levels were skipped"])
    }

    @Test func emptyHTMLBodyGivesAnEmptyDocumentWithAWarning() throws {
        let result = try read("From: a@example.org\nSubject: Blank\nContent-Type: text/html\n\n")
        #expect(result.document.text.isEmpty)
        #expect(result.document.title == "Blank")
        #expect(result.warnings == ["no text was found in the file"])
    }

    @Test func fitness() {
        #expect(reader.fitness(for: DocumentFixtures.readerInput("From: a@b.org\nSubject: x\n\nbody", name: "x.txt")) == 92)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("body only", name: "x.eml")) == 75)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("Note: prose", name: "x.txt")) == 0)
    }
}
