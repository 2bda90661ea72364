import Foundation
import ReaderSupport
import Testing

@Suite struct ContentSnifferTests {
    func sniff(_ text: String) -> ContentSniffer { ContentSniffer(Data(text.utf8)) }

    @Test func htmlDocumentsAndFragments() {
        #expect(sniff("\u{FEFF}  <!-- note --><!DOCTYPE HTML><html>").isHTMLDocument)
        #expect(sniff("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">").isHTMLDocument)
        #expect(!sniff("Dear reader, <html> is a tag.").isHTMLDocument)
        #expect(sniff("<div><p>a</p><p>b</p></div>").isHTMLFragment)
        #expect(!sniff("<note>a</note>").isHTMLFragment)
    }

    @Test func emailMessages() {
        #expect(sniff("From: a@example.org\r\nTo: b@example.org\r\nSubject: Hi\r\n\r\nBody").isEmailMessage)
        #expect(sniff("From someone Mon Jan  1 00:00:00 2018\nSubject: Hi\nDate: Mon, 1 Jan 2018 00:00:00 +0000\n\nx").isEmailMessage)
        #expect(!sniff("Subject: only one header\n\nBody").isEmailMessage)
        #expect(!sniff("Note: this is prose.\nAnother line: with a colon\n").isEmailMessage)
        // A folded header line continues the one before; the header block ends at the first empty line.
        #expect(sniff("Subject: a long\n subject line\nTo: b@example.org").isEmailMessage)
        #expect(!sniff("Subject: Hi\n\nTo: b@example.org\nDate: today\n").isEmailMessage)
        #expect(!sniff("Subject: Hi\nnot a header\nTo: b@example.org\n").isEmailMessage)
        #expect(!sniff("").isEmailMessage)
        #expect(!sniff("From someone\n").isEmailMessage)
    }

    @Test func binaryZipAndPDF() {
        #expect(ContentSniffer(Data([0x00, 0x01, 0x02])).looksBinary)
        #expect(!ContentSniffer(Data([0xFF, 0xFE, 0x68, 0x00])).looksBinary)
        #expect(!sniff("plain\ttext\n").looksBinary)
        #expect(ContentSniffer(Data([0x50, 0x4B, 0x03, 0x04, 0x14])).isZip)
        #expect(sniff("junk\n%PDF-1.4\n").isPDF)
        #expect(!sniff("a report about PDF files").isPDF)
    }
}
