import DocGraphKit
import DocGraphTestSupport
import Foundation
import HTMLReader
import Testing

@Suite struct HTMLReaderTests {
    let reader = HTMLReader()

    func read(_ html: String, name: String = "page.html") throws -> ReadResult {
        try reader.read(DocumentFixtures.readerInput(html, name: name))
    }

    func newsletter() throws -> ReaderInput {
        let url = try #require(Bundle.module.url(
            forResource: "mailchimp-newsletter", withExtension: "html", subdirectory: "Fixtures"))
        return try DocumentFixtures.readerInput(contentsOf: url)
    }

    @Test func newsletterContentWithoutChrome() throws {
        let result = try #require(ReaderConformance.check(reader, on: try newsletter()))
        let document = result.document
        #expect(result.warnings.isEmpty)
        #expect(document.title == "Monthly update from Warwickshire's Police and Crime Commissioner")
        for chrome in ["View this email", "unsubscribe", "preferences", "Powered by", "Copyright", "All rights reserved"] {
            #expect(!document.text.contains(chrome), "chrome left in the text: \(chrome)")
        }
        let blockTexts = Set(document.blocks.map { document.text(in: $0.range) })
        #expect(blockTexts.isDisjoint(with: ["Twitter", "Facebook", "Website"]))
        let headings = document.blocks.filter { $0.kind == .heading }.map { document.text(in: $0.range) }
        #expect(headings.contains("Cyber Safe Warwickshire website launches"))
        #expect(headings.contains("The month ahead"))
        let items = document.blocks.filter { $0.kind == .listItem }.map { document.text(in: $0.range) }
        #expect(items.count == 6)
        #expect(items.first == "There have been nearly 15,000 successful phishing scams in Warwickshire in the last 12 months.")
        let captions = document.blocks.filter { $0.kind == .caption }.map { document.text(in: $0.range) }
        #expect(captions.contains("Annual report cover"))
        #expect(captions.contains("Calendar"))
        #expect(document.text.hasSuffix("Keep up to date with the latest news from the Warwickshire PCC"))
        #expect(document.text.contains("July 11: Meeting with Crimestoppers\nJuly 12: Speaking at NFU County Meeting"))
    }

    @Test func structureOfAPage() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Council news</title>
            <meta property="article:published_time" content="2019-05-14T08:00:00Z">
            <meta name="author" content="Press Office"><style>p { color: red }</style>
            <script>document.write("<p>scripted</p>")</script></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <h1>Budget <em>agreed</em></h1><p>The council met on <b>Monday</b>.</p>
            <ul><li>Roads</li><li>Schools<ul><li>Primary</li></ul></li></ul>
            <figure><img src="a.jpg" alt="The council chamber"><figcaption>Members voting</figcaption></figure>
            <div style="display: none">hidden preview</div><p hidden>also hidden</p>
            <table><tr><th>Item</th><th>Cost</th></tr><tr><td>Roads</td><td>£2m</td></tr></table>
            <pre>line one
            line two</pre></body></html>
            """
        let result = try #require(ReaderConformance.check(reader, on: DocumentFixtures.readerInput(html, name: "news.html")))
        let document = result.document
        #expect(document.title == "Council news")
        #expect(document.date == PartialDate(year: 2019, month: 5, day: 14))
        #expect(document.metadata["author"] == "Press Office")
        #expect(document.text == """
            Budget agreed

            The council met on Monday.

            Roads
            Schools
            Primary

            The council chamber

            Members voting

            Item\tCost
            Roads\t£2m

            line one
            line two
            """)
        let kinds = document.blocks.map { "\($0.kind.rawValue)\($0.level)" }
        #expect(kinds == ["heading1", "paragraph1", "listItem1", "listItem1", "listItem2", "caption1", "caption1",
                          "tableCell1", "tableCell1", "tableCell1", "tableCell1", "paragraph1"])
        #expect(document.blocks[9].attributes == ["row": "2", "column": "1"])
    }

    @Test func malformedMarkupStillReads() throws {
        let result = try read("<html><body><p>First <b>bold <i>both</p></div><p>Second</li></table><p>Third &amp; &bogus; end")
        #expect(result.document.text == "First bold both\n\nSecond\n\nThird & &bogus; end")
    }

    @Test func markupNested100000DeepIsReadAsText() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "deep text"
            + String(repeating: "</div>", count: 100_000) + "<p>after</p></body></html>"
        let result = try read(html)
        #expect(result.document.text == "deep text\n\nafter")
        #expect(result.warnings == ["markup nested deeper than 256 levels was read as plain text"])
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        var bytes = Data("<html><body><p>caf".utf8)
        bytes.append(contentsOf: [0xE9, 0xFF])
        bytes.append(contentsOf: Data(" ok</p></body></html>".utf8))
        let result = try reader.read(DocumentFixtures.readerInput(bytes: bytes, name: "bad.html"))
        #expect(result.document.text == "caf\u{FFFD}\u{FFFD} ok")
        #expect(result.warnings == ["invalid UTF-8 replaced with U+FFFD at 2 places"])
    }

    @Test func declaredCharsetDecodes() throws {
        var bytes = Data("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8)
        bytes.append(contentsOf: [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80, 0x35])
        bytes.append(contentsOf: Data("</p></body></html>".utf8))
        let result = try reader.read(DocumentFixtures.readerInput(bytes: bytes, name: "latin.html"))
        #expect(result.document.text == "\u{201C}Café\u{201D} €5")
        #expect(result.warnings.isEmpty)
    }

    @Test func unknownCharsetIsReadAsUTF8WithAWarning() throws {
        let result = try read("<html><head><meta charset=\"klingon-7\"></head><body><p>Hello</p></body></html>")
        #expect(result.document.text == "Hello")
        #expect(result.warnings == ["the page declares the charset 'klingon-7', which is not supported; it was read as UTF-8"])
    }

    @Test func pagesWithoutTextGiveEmptyDocumentsWithAWarning() throws {
        for page in ["<html><body>  <script>x()</script></body></html>", "   "] {
            let result = try read(page)
            #expect(result.document.text.isEmpty)
            #expect(result.document.blocks.isEmpty)
            #expect(result.warnings == ["no text was found in the file"])
        }
    }

    @Test func textLimitIsAClearError() throws {
        var input = DocumentFixtures.readerInput("<p>" + String(repeating: "word ", count: 1000) + "</p>", name: "big.html")
        input.limits.maxTextBytes = 1024
        #expect(throws: ReadError("the text is larger than the 1 KB limit for one document; split the file")) {
            try reader.read(input)
        }
    }

    @Test func fitnessPrefersContentOverExtension() {
        let page = "<!DOCTYPE html><html><body><p>x</p></body></html>"
        #expect(reader.fitness(for: DocumentFixtures.readerInput(page, name: "notes.txt")) == 95)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("plain words", name: "page.html")) == 85)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("<div><p>a</p><p>b</p></div>", name: "x")) == 70)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("plain words", name: "notes.txt")) == 0)
        #expect(reader.fitness(for: DocumentFixtures.readerInput(bytes: Data([0x3C, 0x00, 0x01]), name: "a.html")) == 0)
    }
}
