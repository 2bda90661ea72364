import DocGraphKit
import Foundation
import MarkupText
import ReaderSupport

/// Reads web pages and HTML e-mail newsletters through libxml2's HTML parser.
///
/// It keeps the content (headings, paragraphs, list items, image descriptions and figure
/// captions, cells of data tables) and drops scripts, styles, navigation, hidden elements and
/// newsletter chrome such as "view this email in your browser", unsubscribe links, social
/// buttons and copyright footers. The title and date come from `<title>` and meta tags, or else
/// from the leading text.
public struct HTMLReader: DocumentReader {
    public let manifest = PluginManifest(
        id: "html.v1", name: "HTML reader",
        summary: "Web pages and HTML newsletters: headings, paragraphs, lists, captions, tables; e-mail chrome dropped",
        kind: .reader, produces: ["document", "blocks"])

    public let format = "html"

    public init() {}

    /// 95 for a page that starts as an HTML document, 85 for a `.html`/`.htm`/`.xhtml` file of
    /// text, 70 for text that starts with HTML tags, 0 otherwise (binary content never fits).
    public func fitness(for input: ReaderInput) -> Int {
        let sniffer = ContentSniffer(input.bytes)
        if sniffer.looksBinary || sniffer.isZip || sniffer.isPDF { return 0 }
        if sniffer.isHTMLDocument { return 95 }
        if ["html", "htm", "xhtml", "shtml"].contains(input.fileExtension) { return 85 }
        return sniffer.isHTMLFragment ? 70 : 0
    }

    public func read(_ input: ReaderInput) throws -> ReadResult {
        let decoded = HTMLReader.decode(input.bytes)
        let content = try HTMLText(html: decoded.text, limits: input.limits)
        let document = ReaderOutput.document(
            for: input, format: format, assembler: content.assembler, title: content.metadata.title,
            date: content.metadata.date, metadata: content.metadata.fields)
        return ReaderOutput.result(document, warnings: decoded.warnings + content.warnings)
    }
}
