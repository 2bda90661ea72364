/// Turns Markdown inline syntax into the plain text a reader sees: emphasis and strike-through
/// marks removed (by CommonMark's flanking rules, so `snake_case` and `2 * 3` stay), links and
/// images replaced by their text, code spans kept verbatim, escapes and inline tags undone.
enum MarkdownInline {
    private enum Piece {
        case text(String)
        case delimiter(character: Character, count: Int, canOpen: Bool, canClose: Bool)
    }

    /// The plain text of an inline Markdown string.
    static func plainText(_ source: String) -> String {
        let characters = Array(source)
        var pieces = pieces(of: characters)
        matchDelimiters(&pieces)
        return pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .delimiter(let character, let count, _, _): String(repeating: character, count: count)
            }
        }.joined()
    }

    /// Splits the characters into literal text and runs of `*`, `_` and `~`.
    private static func pieces(of characters: [Character]) -> [Piece] {
        var pieces: [Piece] = []
        var text = ""
        var index = 0
        func flushText() {
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1].isPunctuation || characters[index + 1].isSymbol {
                text.append(characters[index + 1])
                index += 2
            } else if character == "`", let (code, next) = codeSpan(characters, at: index) {
                text += code
                index = next
            } else if character == "!" || character == "[", let (label, next) = link(characters, at: character == "!" ? index + 1 : index) {
                flushText()
                pieces += Self.pieces(of: Array(label))
                index = next
            } else if character == "<", let (inner, next) = angle(characters, at: index) {
                text += inner
                index = next
            } else if "*_~".contains(character) {
                var end = index
                while end < characters.count, characters[end] == character { end += 1 }
                let before = index > 0 ? characters[index - 1] : " "
                let after = end < characters.count ? characters[end] : " "
                let left = !after.isWhitespace && (!isPunctuation(after) || before.isWhitespace || isPunctuation(before))
                let right = !before.isWhitespace && (!isPunctuation(before) || after.isWhitespace || isPunctuation(after))
                var canOpen = left
                var canClose = right
                if character == "_" {
                    canOpen = left && (!right || isPunctuation(before))
                    canClose = right && (!left || isPunctuation(after))
                }
                flushText()
                pieces.append(.delimiter(character: character, count: end - index, canOpen: canOpen, canClose: canClose))
                index = end
            } else {
                text.append(character)
                index += 1
            }
        }
        flushText()
        return pieces
    }

    /// Removes the delimiters that pair up as emphasis (`*`, `_`, up to two at a time) or
    /// strike-through (`~~`).
    private static func matchDelimiters(_ pieces: inout [Piece]) {
        var openers: [Int] = []
        for index in pieces.indices {
            guard case .delimiter(let character, var count, let canOpen, let canClose) = pieces[index] else { continue }
            if canClose {
                var search = openers.count - 1
                while count > 0, search >= 0 {
                    let openerIndex = openers[search]
                    guard case .delimiter(let openChar, let openCount, let openCanOpen, let openCanClose) = pieces[openerIndex],
                          openChar == character, openCount > 0 else {
                        search -= 1
                        continue
                    }
                    let used = character == "~" ? (min(openCount, count) >= 2 ? min(openCount, count) : 0) : min(openCount, count, 2)
                    guard used > 0 else { break }
                    pieces[openerIndex] = .delimiter(character: openChar, count: openCount - used, canOpen: openCanOpen, canClose: openCanClose)
                    count -= used
                    if openCount - used == 0 {
                        openers.removeSubrange(search...)
                        search = openers.count - 1
                    }
                }
                pieces[index] = .delimiter(character: character, count: count, canOpen: canOpen, canClose: canClose)
            }
            if canOpen, count > 0 { openers.append(index) }
        }
    }

    private static func isPunctuation(_ character: Character) -> Bool {
        character.isPunctuation || character.isSymbol
    }

    /// A code span starting at `index`: its content and the index after it.
    private static func codeSpan(_ characters: [Character], at index: Int) -> (String, Int)? {
        var ticks = index
        while ticks < characters.count, characters[ticks] == "`" { ticks += 1 }
        let width = ticks - index
        var search = ticks
        while search < characters.count {
            if characters[search] == "`" {
                var end = search
                while end < characters.count, characters[end] == "`" { end += 1 }
                if end - search == width {
                    let content = String(characters[ticks..<search])
                    let trimmed = content.count >= 2 && content.first == " " && content.last == " " ? String(content.dropFirst().dropLast()) : content
                    return (trimmed, end)
                }
                search = end
            } else {
                search += 1
            }
        }
        return nil
    }

    /// A link or image `[label](target)` or `[label][ref]` starting at `index` (the `[`): its
    /// label and the index after it.
    private static func link(_ characters: [Character], at index: Int) -> (String, Int)? {
        guard index < characters.count, characters[index] == "[" else { return nil }
        var depth = 0
        var close = index
        while close < characters.count {
            if characters[close] == "\\" { close += 2; continue }
            if characters[close] == "[" { depth += 1 }
            if characters[close] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            close += 1
        }
        guard close + 1 < characters.count else { return nil }
        let label = String(characters[(index + 1)..<close])
        let opener = characters[close + 1]
        let closer: Character = opener == "(" ? ")" : "]"
        guard opener == "(" || opener == "[" else { return nil }
        var end = close + 2
        var nesting = 1
        while end < characters.count {
            if characters[end] == opener { nesting += 1 }
            if characters[end] == closer {
                nesting -= 1
                if nesting == 0 { return (label, end + 1) }
            }
            end += 1
        }
        return nil
    }

    /// An autolink (`<https://...>`, `<a@b.org>`) or inline tag at `index`: what stays of it
    /// (the address, or nothing for a tag) and the index after it.
    private static func angle(_ characters: [Character], at index: Int) -> (String, Int)? {
        guard let close = characters[index...].firstIndex(of: ">"), close > index + 1 else { return nil }
        let inner = String(characters[(index + 1)..<close])
        guard !inner.contains(where: { $0 == "<" || $0 == "\n" }) else { return nil }
        if inner.contains("://") || (inner.contains("@") && !inner.contains(" ")) { return (inner, close + 1) }
        let tagName = inner.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
        guard let first = inner.drop(while: { $0 == "/" }).first, first.isLetter, !tagName.isEmpty else { return nil }
        return ("", close + 1)
    }
}
