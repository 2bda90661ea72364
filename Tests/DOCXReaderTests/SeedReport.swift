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

    /// Runs of non-blank lines. A run that stops mid-sentence and is taken up in lower case by
    /// the next was one paragraph split by a page break of the plain text, and is joined again.
    static func paragraphs(of text: String) -> [String] {
        let runs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        var joined: [String] = []
        for run in runs {
            if let last = joined.last, let end = last.last, end.isLetter || end == ",",
               let start = run.first, start.isLowercase {
                joined[joined.count - 1] = last + " " + run
            } else {
                joined.append(run)
            }
        }
        return joined
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
