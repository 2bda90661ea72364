import DocGraphKit
import DocGraphTestSupport
import Foundation
import HTMLReader
import Testing

/// The Mailchimp fixture carries the content of seed 004: what reaches the extractors from it
/// must hold the seed's sentences, title and date, without the e-mail chrome.
@Suite struct SeedNewsletterTests {
    /// The chrome lines of the plain-text seed that the HTML reader drops.
    static let chrome = [
        "View this email in your browser", "Copyright © 2017 Warwickshire PCC, All rights reserved.",
        "unsubscribe from this list    update subscription preferences", "Email Marketing Powered by Mailchimp",
    ]

    func sentences(of document: Document) -> [String] {
        SentenceSplitter().sentences(in: document).map { normalised(document.text(in: $0.range)) }
    }

    func normalised(_ sentence: String) -> String {
        sentence.split(whereSeparator: { $0.isWhitespace || $0 == "\u{A0}" }).joined(separator: " ")
    }

    @Test func sameSentencesTitleAndDateAsThePlainText() throws {
        let seedURL = try #require(try SharedPaths.seedFiles().first { $0.lastPathComponent.hasPrefix("004_") })
        let url = try #require(Bundle.module.url(forResource: "mailchimp-newsletter", withExtension: "html", subdirectory: "Fixtures"))
        let document = try HTMLReader().read(try DocumentFixtures.readerInput(contentsOf: url)).document
        var seed = try String(contentsOf: seedURL, encoding: .utf8)
        let leading = DocumentDating.leadingText(of: seed)
        #expect(document.title == DocumentDating.title(inLeadingText: leading))
        #expect(document.date == DocumentDating.date(inLeadingText: leading))
        #expect(document.date == PartialDate(year: 2017, month: 7))
        #expect(document.kind == .newsletter)

        // The seed's text glued image descriptions to the paragraph after them; the HTML reader
        // keeps them as captions of their own.
        let captions = document.blocks.filter { $0.kind == .caption }.map { document.text(in: $0.range) }
        for caption in captions {
            seed = seed.replacingOccurrences(of: caption.replacingOccurrences(of: "Cyber Safe", with: "Cyber  Safe"),
                                             with: caption + "\n")
        }
        let lines = seed.components(separatedBy: "\n")
        let chrome = Set(SeedNewsletterTests.chrome.map(normalised))
        #expect(lines.filter { chrome.contains(normalised($0)) }.count == chrome.count)
        seed = lines.filter { !chrome.contains(normalised($0)) }.joined(separator: "\n")
        let expected = SentenceSplitter().sentences(in: seed).map { normalised(Document.slice(seed, $0.range)) }
        let actual = sentences(of: document)
        #expect(actual.count > 80)
        #expect(Set(actual).subtracting(expected).sorted() == [])
        #expect(Set(expected).subtracting(actual).sorted() == [])
    }
}
