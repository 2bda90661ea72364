import DocGraphKit
import Foundation

/// Quick ways to make documents, reader inputs and ranges from strings in tests.
public enum DocumentFixtures {
    /// A document holding `text` as it is, with an id hashed from its UTF-8 bytes.
    public static func document(
        _ text: String, name: String = "fixture.txt", format: String = "text", title: String? = nil,
        date: PartialDate? = nil, kind: DocumentKind = .other, blocks: [Block] = []
    ) -> Document {
        Document(
            id: SHA256.hexDigest(of: Data(text.utf8)), name: name, source: "/fixtures/\(name)", format: format,
            title: title, date: date, kind: kind, text: text, blocks: blocks)
    }

    /// A document whose blocks are its paragraphs: runs of non-blank lines separated by blank
    /// lines, each trimmed of surrounding white space.
    public static func paragraphs(_ text: String, date: PartialDate? = nil) -> Document {
        document(text, date: date, blocks: paragraphBlocks(in: text))
    }

    /// A document dated by an ISO date such as `2017-03`; the date is dropped if it does not parse.
    public static func document(_ text: String, dated iso: String) -> Document {
        document(text, date: PartialDate(iso: iso))
    }

    /// A reader input holding the UTF-8 bytes of `text`.
    public static func readerInput(_ text: String, name: String = "fixture.txt") -> ReaderInput {
        readerInput(bytes: Data(text.utf8), name: name)
    }

    /// A reader input holding raw bytes, with the id hashed from them.
    public static func readerInput(bytes: Data, name: String = "fixture.txt") -> ReaderInput {
        ReaderInput(url: URL(fileURLWithPath: "/fixtures/\(name)"), bytes: bytes,
                    documentID: SHA256.hexDigest(of: bytes))
    }

    /// A reader input for a file on disk, such as a seed.
    public static func readerInput(contentsOf url: URL) throws -> ReaderInput {
        let bytes = try Data(contentsOf: url)
        return ReaderInput(url: url, bytes: bytes, documentID: SHA256.hexDigest(of: bytes))
    }

    /// The UTF-8 range of the `occurrence`-th (1-based) appearance of `needle` in `text`.
    public static func range(of needle: String, in text: String, occurrence: Int = 1) -> TextRange? {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
                seen += 1
                if seen == occurrence { return TextRange(start: start, end: start + pattern.count) }
            }
        }
        return nil
    }

    /// Paragraph blocks of a text: runs of non-blank lines, trimmed.
    public static func paragraphBlocks(in text: String) -> [Block] {
        var blocks: [Block] = []
        var offset = 0
        var start: Int?
        var end = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.utf8.count
            let leading = line.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
            let trailing = line.utf8.reversed().prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }.count
            if leading == length {
                if let first = start { blocks.append(Block(kind: .paragraph, range: TextRange(start: first, end: end))) }
                start = nil
            } else {
                if start == nil { start = offset + leading }
                end = offset + length - trailing
            }
            offset += length + 1
        }
        if let first = start { blocks.append(Block(kind: .paragraph, range: TextRange(start: first, end: end))) }
        return blocks
    }
}
