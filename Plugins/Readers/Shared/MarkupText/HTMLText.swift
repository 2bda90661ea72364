import CLibXML2
import DocGraphKit
import ReaderSupport

/// HTML to document text and blocks, with the page's own title and date: the one conversion the
/// HTML and e-mail readers share.
public struct HTMLText {
    /// The text and blocks of the page's content.
    public var assembler: TextAssembler
    /// What the head says about the page.
    public var metadata: HTMLMetadata
    /// Things the user should know, such as markup nested past the depth limit.
    public var warnings: [String]

    /// Reads HTML given as text.
    /// - Parameters:
    ///   - html: the page, already decoded.
    ///   - limits: the text size and nesting depth to respect.
    ///   - removesChrome: whether to drop newsletter e-mail chrome.
    /// - Throws: ``ReadError`` when libxml2 yields no document or the text passes the size limit.
    public init(html: String, limits: ReaderLimits, removesChrome: Bool = true) throws {
        guard html.unicodeScalars.contains(where: { !TextAssembler.isSpace($0) }) else {
            assembler = TextAssembler(limit: limits.maxTextBytes)
            metadata = HTMLMetadata()
            warnings = []
            return
        }
        let parsed = try ParsedMarkup.html(html)
        var collector = HTMLBlockCollector(maxDepth: limits.maxDepth)
        var head: xmlNodePtr?
        if let root = parsed.root {
            head = MarkupNode.elementChildren(root).first { MarkupNode.name($0) == "head" }
            collector.collect(from: root)
        }
        metadata = HTMLMetadata(head: head)
        warnings = collector.flattened
            ? ["markup nested deeper than \(limits.maxDepth) levels was read as plain text"] : []
        let blocks = removesChrome ? NewsletterChrome.removingChrome(from: collector.blocks) : collector.blocks
        var assembler = TextAssembler(limit: limits.maxTextBytes)
        for block in blocks {
            try assembler.append(
                block.text, kind: block.kind, level: block.level, attributes: block.attributes, after: block.separator,
                keepLines: block.keepsLines)
        }
        self.assembler = assembler
    }
}
