import DocGraphKit
import Foundation
import ReaderSupport

/// Reads Markdown (.md, .markdown): headings, lists, block quotes, tables and paragraphs, with
/// emphasis marks, link targets and code fences removed from the text (block ranges refer to
/// the text produced). A YAML front matter's `title` and `date` are used when present.
public struct MarkdownReader: DocumentReader {
    public let manifest = PluginManifest(
        id: "markdown.v1", name: "Markdown reader",
        summary: "Markdown files: headings, lists, quotes, tables, paragraphs; emphasis marks removed",
        kind: .reader, produces: ["document", "blocks"])

    public let format = "markdown"

    public init() {}

    /// 80 for `.md`, `.markdown` and `.mdown` files of text; 0 for everything else (plain text
    /// that happens to use Markdown marks is the text reader's).
    public func fitness(for input: ReaderInput) -> Int {
        guard ["md", "markdown", "mdown", "mkd"].contains(input.fileExtension) else { return 0 }
        let sniffer = ContentSniffer(input.bytes)
        return sniffer.looksBinary || sniffer.isZip || sniffer.isPDF ? 0 : 80
    }

    public func read(_ input: ReaderInput) throws -> ReadResult {
        let decoded = TextDecoding.decodeUTF8(input.bytes)
        let blocks = try MarkdownBlocks.read(decoded.text, limit: input.limits.maxTextBytes)
        let title = blocks.frontMatter["title"].map(MarkdownInline.plainText)
        let date = blocks.frontMatter["date"].flatMap(MetadataDate.iso)
        let document = ReaderOutput.document(
            for: input, format: format, assembler: blocks.assembler, title: title, date: date,
            metadata: blocks.frontMatter.filter { ["author", "description"].contains($0.key) })
        return ReaderOutput.result(document, warnings: decoded.warning.map { [$0] } ?? [])
    }
}
