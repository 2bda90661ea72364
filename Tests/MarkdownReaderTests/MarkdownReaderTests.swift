import DocGraphKit
import DocGraphTestSupport
import Foundation
import MarkdownReader
import Testing

@Suite struct MarkdownReaderTests {
    let reader = MarkdownReader()

    func read(_ markdown: String) throws -> Document {
        try #require(ReaderConformance.check(reader, on: DocumentFixtures.readerInput(markdown, name: "notes.md"))).document
    }

    func shape(_ document: Document) -> [String] {
        document.blocks.map { "\($0.kind.rawValue)\($0.level): \(document.text(in: $0.range))" }
    }

    @Test func blocksAndEmphasis() throws {
        let document = try read("""
            # The *annual* report #

            Intro with **bold**, _italic_, ***both***, ~~struck~~ and `code *kept*`.
            A soft break joins lines; snake_case and 2 * 3 * 4 stay.

            Setext heading
            --------------

            - First [link](https://example.org "title") item
            - Second item
              continues here
              - Nested ![chart](c.png)
            1. Numbered

            > Quoted *words*

            | Name | Role |
            | ---- | :--: |
            | Ann  | Chair \\| Clerk |

            ```swift
            let x = **y**
            ```
            ***
            Final<br> line with <https://example.org> and \\*escaped\\*.
            """)
        #expect(shape(document) == [
            "heading1: The annual report",
            "paragraph1: Intro with bold, italic, both, struck and code *kept*. A soft break joins lines; snake_case and 2 * 3 * 4 stay.",
            "heading2: Setext heading",
            "listItem1: First link item",
            "listItem1: Second item continues here",
            "listItem2: Nested chart",
            "listItem1: Numbered",
            "paragraph1: Quoted words",
            "tableCell1: Name", "tableCell1: Role", "tableCell1: Ann", "tableCell1: Chair | Clerk",
            "paragraph1: let x = **y**",
            "paragraph1: Final line with https://example.org and *escaped*.",
        ])
        #expect(document.blocks[11].attributes == ["row": "2", "column": "2"])
        #expect(document.blocks[12].attributes == ["code": "true"])
        #expect(document.text.contains("First link item\nSecond item continues here\nNested chart\nNumbered"))
    }

    @Test func frontMatterGivesTitleAndDate() throws {
        let document = try read("---\ntitle: \"Board *minutes*\"\ndate: 2018-06-01\nauthor: Clerk\n---\nText.\n")
        #expect(document.title == "Board minutes")
        #expect(document.date == PartialDate(year: 2018, month: 6, day: 1))
        #expect(document.metadata == ["author": "Clerk"])
        #expect(document.text == "Text.")
    }

    @Test func titleAndDateFromTheContentOtherwise() throws {
        let document = try read("# Monthly update\n\nMarch 2017\n\nNews of the month.")
        #expect(document.title == "Monthly update")
        #expect(document.date == PartialDate(year: 2017, month: 3))
    }

    @Test func hardBreaksKeepLines() throws {
        #expect(try read("one  \ntwo\\\nthree").text == "one\ntwo\\\nthree")
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let result = try reader.read(DocumentFixtures.readerInput(bytes: Data([0x23, 0x20, 0x41, 0xC0]), name: "x.md"))
        #expect(result.document.text == "A\u{FFFD}")
        #expect(result.warnings == ["invalid UTF-8 replaced with U+FFFD at 1 place"])
    }

    @Test func fitness() {
        #expect(reader.fitness(for: DocumentFixtures.readerInput("# x", name: "a.md")) == 80)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("# x", name: "a.markdown")) == 80)
        #expect(reader.fitness(for: DocumentFixtures.readerInput("# x", name: "a.txt")) == 0)
        #expect(reader.fitness(for: DocumentFixtures.readerInput(bytes: Data([0, 1, 2]), name: "a.md")) == 0)
    }
}
