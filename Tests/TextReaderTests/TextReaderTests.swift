import DocGraphKit
import DocGraphTestSupport
import Foundation
import Testing
import TextReader

@Suite struct TextReaderTests {
    private let reader = TextReader()

    @Test func declaresItsManifest() {
        #expect(reader.manifest.id == "text-reader.v1")
        #expect(reader.manifest.kind == .reader)
        #expect(reader.format == "text")
    }

    @Test(arguments: [
        ("notes.txt", "Some text.", 90), ("notes.TEXT", "Some text.", 90), ("notes", "Some text.", 40),
        ("notes.log", "Some text.", 40), ("notes.md", "# Title", 10), ("page.html", "<p>Hi</p>", 10),
        ("page.txt", "  <!DOCTYPE html><html>", 10), ("report.txt", "%PDF-1.4 ...", 0),
    ])
    func judgesFitnessByExtensionAndContent(name: String, content: String, fitness: Int) {
        #expect(reader.fitness(for: DocumentFixtures.readerInput(content, name: name)) == fitness)
    }

    @Test func binaryContentDoesNotFit() {
        let input = DocumentFixtures.readerInput(bytes: Data([0x41, 0x00, 0x42]), name: "notes.txt")
        #expect(reader.fitness(for: input) == 0)
    }

    @Test func keepsTheTextAndTheInputsIdentity() throws {
        let input = DocumentFixtures.readerInput("Hello there.\n", name: "hello.txt")
        let result = try reader.read(input)
        #expect(result.document.text == "Hello there.\n")
        #expect(result.document.id == input.documentID)
        #expect(result.document.name == "hello.txt")
        #expect(result.document.source == "/fixtures/hello.txt")
        #expect(result.document.format == "text")
        #expect(result.warnings.isEmpty)
    }

    @Test func turnsCRLFIntoLFAndDropsAByteOrderMark() throws {
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data("One.\r\nTwo.\rThree.\r\n".utf8)
        let result = try reader.read(DocumentFixtures.readerInput(bytes: bytes))
        #expect(result.document.text == "One.\nTwo.\rThree.\n")
    }

    @Test func decodesUTF16WithAByteOrderMark() throws {
        var bytes = Data([0xFF, 0xFE])
        for unit in "Caf\u{E9} notes\r\n".utf16 { bytes.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(try reader.read(DocumentFixtures.readerInput(bytes: bytes)).document.text == "Café notes\n")
    }

    @Test func replacesInvalidUTF8AndSaysWhereMany() throws {
        let bytes = Data("Caf".utf8) + Data([0xE9]) + Data(" and ".utf8) + Data([0xFF, 0xC3]) + Data(" end.".utf8)
        let result = try reader.read(DocumentFixtures.readerInput(bytes: bytes))
        #expect(result.document.text == "Caf\u{FFFD} and \u{FFFD}\u{FFFD} end.")
        #expect(result.warnings == ["invalid UTF-8 replaced with U+FFFD at 3 places"])
        let single = try reader.read(DocumentFixtures.readerInput(bytes: Data("A".utf8) + Data([0x80])))
        #expect(single.warnings == ["invalid UTF-8 replaced with U+FFFD at 1 place"])
    }

    @Test(arguments: ["", " \n\t\r\n  ", "\u{A0}\n"])
    func refusesAnEmptyFile(content: String) {
        #expect(throws: ReadError("the file is empty")) {
            try reader.read(DocumentFixtures.readerInput(content))
        }
    }

    @Test func refusesBinaryContent() {
        let input = DocumentFixtures.readerInput(bytes: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]))
        #expect(throws: ReadError(
            "the file holds binary data (NUL bytes), not plain text; convert it to text or read it with the reader for its format"
        )) { try reader.read(input) }
    }

    @Test func refusesAFileOverTheSizeLimit() {
        var input = DocumentFixtures.readerInput("0123456789")
        input.limits = ReaderLimits(maxTextBytes: 8)
        #expect(throws: ReadError("the file is 10 bytes, over the 8-byte limit for text; split it or raise the limit")) {
            try reader.read(input)
        }
    }

    @Test func refusesBrokenUTF16() {
        let input = DocumentFixtures.readerInput(bytes: Data([0xFF, 0xFE, 0x00, 0xD8, 0x41]))
        #expect(throws: ReadError("the file starts with a UTF-16 byte order mark but is not valid UTF-16; save it as UTF-8")) {
            try reader.read(input)
        }
    }

    @Test func readsTitleDateAndKind() throws {
        let text = "Copy\nParish Newsletter\nView this email in your browser\nMarch 2017\nNews from the parish.\n\nunsubscribe"
        let document = try reader.read(DocumentFixtures.readerInput(text)).document
        #expect(document.title == "Parish Newsletter")
        #expect(document.date?.iso == "2017-03")
        #expect(document.kind == .newsletter)
    }

    @Test func passesTheConformanceCheckOnSmallTexts() {
        for text in ["One line", "• a\n• b", "Café – “quoted” ☕️\n\n1) Heading\n\nBody text here."] {
            ReaderConformance.check(reader, on: DocumentFixtures.readerInput(text))
        }
    }
}
