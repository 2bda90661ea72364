import Foundation

/// Writes a plain-text report (a seed) as WordprocessingML, the way Word would hold it: each
/// paragraph a `w:p` with line breaks kept, `**bold**` and `*italic*` as run formatting,
/// "- " lines as bulleted list items and "1) Purpose:" lines in the Heading 2 style.
enum SeedReport {
    static func body(of text: String) -> String {
        paragraphs(of: text).map { chunk -> String in
            let lines = chunk.split(separator: "\n").map(String.init)
            if lines.allSatisfy({ $0.hasPrefix("- ") }) {
                return lines.map { DOCXFixture.paragraph(runs(String($0.dropFirst(2))), style: "ListParagraph", list: (1, 0)) }
                    .joined()
            }
            if lines.count == 1, lines[0].range(of: #"^\d+\) "#, options: .regularExpression) != nil {
                return DOCXFixture.paragraph(runs(lines[0]), style: "Heading2")
            }
            return DOCXFixture.paragraph(runs(chunk))
        }.joined()
    }

    /// The text as the DOCX reader should give it back: marks gone, list markers gone.
    static func expectedText(of text: String) -> String {
        paragraphs(of: text).map { chunk in
            chunk.split(separator: "\n").map { line in
                let bare = line.hasPrefix("- ") ? String(line.dropFirst(2)) : String(line)
                return bare.replacingOccurrences(of: "*", with: "").split(separator: " ", omittingEmptySubsequences: true)
                    .joined(separator: " ")
            }.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// Runs of non-blank lines.
    static func paragraphs(of text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
    }

    /// Runs for a paragraph's text, toggling bold at `**` and italic at `*`, with line breaks.
    static func runs(_ text: String) -> String {
        var result = ""
        var bold = false
        var italic = false
        var current = ""
        var index = text.startIndex
        func flush() {
            if !current.isEmpty { result += DOCXFixture.run(current, bold: bold, italic: italic) }
            current = ""
        }
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("**") {
                flush()
                bold.toggle()
                index = text.index(index, offsetBy: 2)
            } else if rest.hasPrefix("*") {
                flush()
                italic.toggle()
                index = text.index(after: index)
            } else if rest.hasPrefix("\n") {
                flush()
                result += DOCXFixture.lineBreak
                index = text.index(after: index)
            } else {
                current.append(text[index])
                index = text.index(after: index)
            }
        }
        flush()
        return result
    }
}
