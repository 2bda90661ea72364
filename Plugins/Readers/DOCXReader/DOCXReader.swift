import DocGraphKit
import Foundation
import MarkupText
import ReaderSupport

/// Reads Word documents (.docx): paragraphs with their styles (Heading 1...9 become headings),
/// numbered and bulleted lists, tables; title and dates from the core properties.
///
/// The archive is opened with ZIPFoundation and every part is unpacked within
/// ``ReaderLimits/maxExpandedBytes``; the XML is parsed by libxml2 without network access or
/// entity expansion. A file that is not a zip archive, a damaged or truncated archive, one
/// without a document body and a zip bomb are each a ``ReadError``.
public struct DOCXReader: DocumentReader {
    public let manifest = PluginManifest(
        id: "docx.v1", name: "Word document reader",
        summary: "Word .docx files: paragraphs, headings by style, lists, tables; title and dates from core properties",
        kind: .reader, produces: ["document", "blocks"])

    public let format = "docx"

    public init() {}

    /// 98 for a zip archive holding `word/document.xml`; 60 for any other `.docx` or `.docm`
    /// file, so that a damaged one gets this reader's clear error rather than a guess; else 0.
    public func fitness(for input: ReaderInput) -> Int {
        if ContentSniffer(input.bytes).isWordArchive { return 98 }
        return ["docx", "docm"].contains(input.fileExtension) ? 60 : 0
    }

    public func read(_ input: ReaderInput) throws -> ReadResult {
        var archive = try DOCXArchive(input.bytes, limits: input.limits)
        let bodyPath = try DOCXReader.mainPartPath(in: &archive)
        guard let bodyBytes = try archive.part(bodyPath) else {
            throw ReadError("the zip archive holds no Word document body (\(bodyPath)); it is not a .docx file")
        }
        guard let body = ParsedMarkup.xml(bodyBytes), let root = body.root else {
            throw ReadError("\(bodyPath) in the DOCX archive is not well-formed XML; save the document again from Word")
        }
        let styles = WordStyles(
            styles: try archive.part("word/styles.xml").flatMap(ParsedMarkup.xml),
            numbering: try archive.part("word/numbering.xml").flatMap(ParsedMarkup.xml))
        let core = WordCoreProperties(try archive.part("docProps/core.xml").flatMap(ParsedMarkup.xml))
        let assembler = try WordBody.read(root, styles: styles, limit: input.limits.maxTextBytes)
        let document = ReaderOutput.document(
            for: input, format: format, assembler: assembler, title: core.title, date: core.created,
            metadata: core.metadata)
        return ReaderOutput.result(document, warnings: [])
    }

    /// The path of the main document part, from the package relationships (`_rels/.rels`), or
    /// `word/document.xml` when they do not say.
    static func mainPartPath(in archive: inout DOCXArchive) throws -> String {
        let fallback = "word/document.xml"
        guard let relationships = try archive.part("_rels/.rels").flatMap(ParsedMarkup.xml), let root = relationships.root
        else { return fallback }
        for relationship in MarkupNode.elementChildren(root) {
            guard MarkupNode.attribute("Type", of: relationship)?.hasSuffix("/officeDocument") == true,
                  let target = MarkupNode.attribute("Target", of: relationship) else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : target
            return path.isEmpty ? fallback : path
        }
        return fallback
    }
}
