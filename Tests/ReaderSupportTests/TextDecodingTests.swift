import ReaderSupport
import Testing

@Suite struct TextDecodingTests {
    @Test func invalidUTF8IsCountedAndReplaced() {
        let decoded = TextDecoding.decodeUTF8([0xEF, 0xBB, 0xBF, 0x61, 0xFF, 0x62, 0xC3])
        #expect(decoded.text == "a\u{FFFD}b\u{FFFD}")
        #expect(decoded.warning == "invalid UTF-8 replaced with U+FFFD at 2 places")
        #expect(TextDecoding.decodeUTF8([0xFF]).warning == "invalid UTF-8 replaced with U+FFFD at 1 place")
        #expect(TextDecoding.decodeUTF8(Array("ok".utf8)).warning == nil)
    }

    @Test func singleByteCharsets() {
        #expect(TextDecoding.decode([0x63, 0x61, 0x66, 0xE9], as: .latin1).text == "café")
        #expect(TextDecoding.decode([0x80, 0x93, 0x94, 0x96], as: .windows1252).text == "€\u{201C}\u{201D}\u{2013}")
        #expect(TextDecoding.decode([0xA4, 0xBD], as: .latin9).text == "€œ")
    }

    @Test func utf16WithByteOrderMarks() {
        #expect(TextDecoding.decode([0xFF, 0xFE, 0x68, 0x00, 0x69, 0x00], as: .utf16LittleEndian).text == "hi")
        #expect(TextDecoding.decode([0xFE, 0xFF, 0x00, 0x68, 0x00, 0x69], as: .utf16BigEndian).text == "hi")
    }

    @Test func charsetLabels() {
        #expect(TextDecoding.Charset(label: "\"UTF-8\"") == .utf8)
        #expect(TextDecoding.Charset(label: "us-ascii") == .utf8)
        #expect(TextDecoding.Charset(label: "ISO-8859-1") == .latin1)
        #expect(TextDecoding.Charset(label: "Windows-1252") == .windows1252)
        #expect(TextDecoding.Charset(label: "koi8-r") == nil)
    }
}
