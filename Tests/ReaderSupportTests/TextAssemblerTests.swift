import DocGraphKit
import ReaderSupport
import Testing

@Suite struct TextAssemblerTests {
    @Test func separatorsAndRanges() throws {
        var assembler = TextAssembler()
        try assembler.append("  Title\n text ", kind: .heading)
        try assembler.append("one", kind: .listItem)
        try assembler.append("two", kind: .listItem, after: .line)
        try assembler.append("a", kind: .tableCell, after: .paragraph)
        try assembler.append("b", kind: .tableCell, after: .cell)
        try assembler.append(" \u{A0}\u{200B} ", kind: .paragraph)
        try assembler.append("x  \n  y\n\nz", kind: .paragraph, keepLines: true)
        #expect(assembler.text == "Title text\n\none\ntwo\n\na\tb\n\nx\ny\nz")
        #expect(assembler.blocks.map { assembler.text.utf8Slice($0.range) } == ["Title text", "one", "two", "a", "b", "x\ny\nz"])
    }

    @Test func limitIsAClearError() throws {
        var assembler = TextAssembler(limit: 5)
        try assembler.append("12345", kind: .paragraph)
        #expect(throws: ReadError("the text is larger than the 5 bytes limit for one document; split the file")) {
            try assembler.append("6", kind: .paragraph)
        }
    }

    @Test func sizesReadAsUsersExpect() {
        #expect(ByteSize.describe(1) == "1 byte")
        #expect(ByteSize.describe(1536) == "1.5 KB")
        #expect(ByteSize.describe(64 << 20) == "64 MB")
        #expect(ByteSize.describe(200_000_000) == "191 MB")
    }
}

extension String {
    func utf8Slice(_ range: TextRange) -> String {
        Document.slice(self, range)
    }
}
