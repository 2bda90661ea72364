import CLibXML2
import Foundation
import DocGraphKit
import MarkupText

/// What a paragraph's properties (`w:pPr`) make of it: a heading, a list item or a paragraph,
/// with its style name as an attribute.
struct WordParagraphStyle {
    var kind: BlockKind = .paragraph
    var level = 1
    var attributes: [String: String] = [:]

    init() {}

    init(paragraph: xmlNodePtr, styles: WordStyles) {
        guard let properties = MarkupNode.child("pPr", of: paragraph) else { return }
        let value = { (name: String) in MarkupNode.child(name, of: properties).flatMap { MarkupNode.attribute("val", of: $0) } }
        if let style = value("pStyle") {
            attributes["style"] = styles.names[style] ?? style
            if let heading = styles.headingLevel(ofStyle: style) {
                kind = .heading
                level = heading
            }
        }
        if kind != .heading, let outline = value("outlineLvl").flatMap({ Int($0) }), (0...8).contains(outline) {
            kind = .heading
            level = outline + 1
        }
        if kind == .paragraph, let numbering = MarkupNode.child("numPr", of: properties) {
            let numberID = MarkupNode.child("numId", of: numbering).flatMap { MarkupNode.attribute("val", of: $0) }
            let depth = MarkupNode.child("ilvl", of: numbering).flatMap { MarkupNode.attribute("val", of: $0) }.flatMap { Int($0) } ?? 0
            if let numberID, numberID != "0" {
                kind = .listItem
                level = depth + 1
                if let format = styles.listFormats[numberID]?[depth] { attributes["marker"] = format }
            }
        }
        // Word's built-in list styles ("List Bullet 2", "List Number") number through the style.
        if kind == .paragraph, let name = attributes["style"]?.lowercased(), let list = WordParagraphStyle.listStyle(name) {
            kind = .listItem
            level = list.level
            attributes["marker"] = list.marker
        }
    }

    /// The level and marker of a built-in list style name such as `list bullet 2`.
    static func listStyle(_ name: String) -> (level: Int, marker: String)? {
        for (prefix, marker) in [("list bullet", "bullet"), ("list number", "decimal")] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            if rest.isEmpty { return (1, marker) }
            if let level = Int(rest), (1...9).contains(level) { return (level, marker) }
        }
        return nil
    }
}
