import CLibXML2
import MarkupText

/// What a document's styles and numbering say about its paragraphs: which styles are headings
/// (and of what level), and whether a numbered list uses bullets or numbers.
struct WordStyles {
    /// Heading level by paragraph style id.
    private(set) var headingLevels: [String: Int] = [:]
    /// Display name by paragraph style id.
    private(set) var names: [String: String] = [:]
    /// The number format (`bullet`, `decimal`, ...) by numbering id and level.
    private(set) var listFormats: [String: [Int: String]] = [:]

    init(styles: ParsedMarkup?, numbering: ParsedMarkup?) {
        if let root = styles?.root { readStyles(root) }
        if let root = numbering?.root { readNumbering(root) }
    }

    /// The heading level a paragraph style gives, from the style table or, for documents without
    /// one, from the built-in ids (`Heading1`...`Heading9`, `Title`).
    func headingLevel(ofStyle id: String) -> Int? {
        headingLevels[id] ?? WordStyles.builtInLevel(name: id)
    }

    /// Level from a style name such as `heading 2`, `Heading2` or `Title`.
    static func builtInLevel(name: String) -> Int? {
        let compact = name.lowercased().filter { !$0.isWhitespace }
        if compact == "title" { return 1 }
        guard compact.hasPrefix("heading"), let level = Int(compact.dropFirst("heading".count)), (1...9).contains(level)
        else { return nil }
        return level
    }

    private mutating func readStyles(_ root: xmlNodePtr) {
        for style in MarkupNode.elementChildren(root) where MarkupNode.name(style) == "style" {
            guard MarkupNode.attribute("type", of: style) == "paragraph", let id = MarkupNode.attribute("styleId", of: style)
            else { continue }
            let name = MarkupNode.child("name", of: style).flatMap { MarkupNode.attribute("val", of: $0) } ?? id
            names[id] = name
            let outline = MarkupNode.child("pPr", of: style)
                .flatMap { MarkupNode.child("outlineLvl", of: $0) }
                .flatMap { MarkupNode.attribute("val", of: $0) }
                .flatMap { Int($0) }
            if let level = WordStyles.builtInLevel(name: name) ?? WordStyles.builtInLevel(name: id) {
                headingLevels[id] = level
            } else if let outline, (0...8).contains(outline) {
                headingLevels[id] = outline + 1
            }
        }
    }

    private mutating func readNumbering(_ root: xmlNodePtr) {
        var abstractFormats: [String: [Int: String]] = [:]
        for abstract in MarkupNode.elementChildren(root) where MarkupNode.name(abstract) == "abstractNum" {
            guard let id = MarkupNode.attribute("abstractNumId", of: abstract) else { continue }
            for level in MarkupNode.elementChildren(abstract) where MarkupNode.name(level) == "lvl" {
                guard let index = MarkupNode.attribute("ilvl", of: level).flatMap({ Int($0) }),
                      let format = MarkupNode.child("numFmt", of: level).flatMap({ MarkupNode.attribute("val", of: $0) })
                else { continue }
                abstractFormats[id, default: [:]][index] = format
            }
        }
        for number in MarkupNode.elementChildren(root) where MarkupNode.name(number) == "num" {
            guard let id = MarkupNode.attribute("numId", of: number),
                  let abstract = MarkupNode.child("abstractNumId", of: number).flatMap({ MarkupNode.attribute("val", of: $0) })
            else { continue }
            listFormats[id] = abstractFormats[abstract]
        }
    }
}
