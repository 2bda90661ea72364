import Foundation
import CLibXML2

/// Tells data tables from layout tables, and meaningful image descriptions from decoration.
enum HTMLTableKind {
    /// True when a table holds data in rows and columns rather than laying out a page (as the
    /// nested tables of e-mail templates do). A table is layout when it says so
    /// (`role="presentation"`), has a single column, or has cells that hold blocks or tables.
    static func isDataTable(_ table: xmlNodePtr) -> Bool {
        let role = MarkupNode.attribute("role", of: table)?.lowercased()
        if role == "presentation" || role == "none" { return false }
        var columns = 0
        var hasHeader = false
        for row in rows(of: table) {
            let cells = MarkupNode.elementChildren(row).filter { ["td", "th"].contains(MarkupNode.name($0)) }
            columns = max(columns, cells.count)
            for cell in cells {
                if MarkupNode.name(cell) == "th" { hasHeader = true }
                if MarkupNode.elementChildren(cell).contains(where: { HTMLVocabulary.layoutInCell.contains(MarkupNode.name($0)) }) {
                    return false
                }
            }
        }
        return columns >= 2 || (hasHeader && columns >= 1)
    }

    /// The rows of a table: its own `tr` children and those of its head, bodies and foot.
    private static func rows(of table: xmlNodePtr) -> [xmlNodePtr] {
        MarkupNode.elementChildren(table).flatMap { child -> [xmlNodePtr] in
            switch MarkupNode.name(child) {
            case "tr": return [child]
            case "thead", "tbody", "tfoot": return MarkupNode.elementChildren(child).filter { MarkupNode.name($0) == "tr" }
            default: return []
            }
        }
    }

    /// True when an image's `alt` text describes something: not empty, not a file name, not a
    /// spacer or tracking pixel.
    static func isMeaningfulAlt(_ alt: String, of image: xmlNodePtr) -> Bool {
        let trimmed = alt.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count >= 2, trimmed.contains(where: \.isLetter) else { return false }
        let lower = trimmed.lowercased()
        let fileEndings = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp"]
        if fileEndings.contains(where: lower.hasSuffix) { return false }
        if ["spacer", "image", "img", "picture", "photo", "pixel"].contains(lower) { return false }
        let width = MarkupNode.attribute("width", of: image).flatMap { Int($0) }
        let height = MarkupNode.attribute("height", of: image).flatMap { Int($0) }
        if let width, width <= 2 { return false }
        if let height, height <= 2 { return false }
        return true
    }
}
