/// The HTML element names the walk treats specially.
enum HTMLVocabulary {
    /// Elements whose content is never text: code, styling, navigation, forms and embedded media.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "nav", "iframe", "object", "embed", "svg", "math",
        "canvas", "audio", "video", "map", "select", "option", "button", "textarea", "input", "meta", "link", "base",
    ]

    /// Elements that start and end a block of text.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figure", "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
        "tr", "td", "th", "caption", "ul", "legend",
    ]

    /// Elements that make a cell hold layout rather than data when they appear directly in it.
    static let layoutInCell: Set<String> = [
        "table", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "section", "article", "img",
    ]

    /// The heading level of `h1`...`h6`, or `nil`.
    static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.first == "h", let digit = name.last?.wholeNumberValue, (1...6).contains(digit) else {
            return nil
        }
        return digit
    }

    /// True when inline styles or attributes hide the element from readers of the page.
    static func isHidden(style: String?, hidden: Bool, ariaHidden: String?) -> Bool {
        if hidden || ariaHidden?.lowercased() == "true" { return true }
        guard let style else { return false }
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
