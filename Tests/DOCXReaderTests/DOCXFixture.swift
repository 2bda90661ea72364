import DocGraphKit
import Foundation
import ZIPFoundation

/// Builds .docx files for tests from WordprocessingML written here, zipped with ZIPFoundation.
enum DOCXFixture {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A zip archive holding the given parts, deflated.
    static func archive(_ parts: [(path: String, content: String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let bytes = Data(part.content.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: Date(timeIntervalSince1970: 1_490_000_000), compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// A complete .docx: the body's paragraphs (WordprocessingML inside `<w:body>`), styles with
    /// Heading 1...3, a bullet and a decimal numbering, and optionally core properties.
    static func document(body: String, title: String? = nil, created: String? = nil, creator: String? = nil) throws -> Data {
        var parts: [(path: String, content: String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", relationships),
            ("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="\(wordNamespace)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)<w:sectPr/></w:body></w:document>
                """),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
        ]
        if title != nil || created != nil || creator != nil {
            parts.append(("docProps/core.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
                \(title.map { "<dc:title>\(escaped($0))</dc:title>" } ?? "")\
                \(creator.map { "<dc:creator>\(escaped($0))</dc:creator>" } ?? "")\
                \(created.map { "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\($0)</dcterms:created>" } ?? "")\
                </cp:coreProperties>
                """))
        }
        return try archive(parts)
    }

    /// A paragraph of runs; `style` is a paragraph style id, `list` a numbering id and level.
    static func paragraph(_ runs: String, style: String? = nil, list: (id: Int, level: Int)? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let list { properties += "<w:numPr><w:ilvl w:val=\"\(list.level)\"/><w:numId w:val=\"\(list.id)\"/></w:numPr>" }
        return "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")\(runs)</w:p>"
    }

    /// A run of plain text.
    static func run(_ text: String, bold: Bool = false, italic: Bool = false) -> String {
        let properties = (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "")
        return "<w:r>\(properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")<w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r>"
    }

    /// A line break run.
    static let lineBreak = "<w:r><w:br/></w:r>"

    /// A table of plain-text cells.
    static func table(_ rows: [[String]]) -> String {
        let body = rows.map { row in
            "<w:tr>" + row.map { "<w:tc><w:tcPr/>\(paragraph(run($0)))</w:tc>" }.joined() + "</w:tr>"
        }.joined()
        return "<w:tbl><w:tblPr/>\(body)</w:tbl>"
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>
        """

    static let relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="\(wordNamespace)">\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>\
        <w:style w:type="paragraph" w:styleId="berschrift3"><w:name w:val="heading 3"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Section"><w:name w:val="Section"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>\
        <w:style w:type="paragraph" w:styleId="ListBullet2"><w:name w:val="List Bullet 2"/></w:style>\
        </w:styles>
        """

    static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="\(wordNamespace)">\
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
        </w:numbering>
        """
}
