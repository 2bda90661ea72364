import DocGraphKit

/// Blocks of a plain text, for the readers whose source has no markup (the text part of an
/// e-mail, the output of `pdftotext`): a run of non-blank lines is a paragraph, kept line by
/// line; a run whose every line starts with a list marker (`-`, `*`, `•`, `1.`, `1)`) is a list
/// whose items lose their markers. A form feed (a page break) separates runs too.
public enum PlainTextBlocks {
    /// Appends the blocks of `text` to an assembler.
    /// - Throws: ``ReadError`` when the text passes the assembler's limit.
    public static func append(_ text: String, to assembler: inout TextAssembler) throws {
        for run in runs(of: text) {
            let markers = run.map(listMarkerLength)
            if run.count > 1 || markers.first != nil, markers.allSatisfy({ $0 != nil }) {
                for (index, line) in run.enumerated() {
                    let item = String(line.dropFirst(markers[index] ?? 0))
                    try assembler.append(item, kind: .listItem, after: index == 0 ? .paragraph : .line)
                }
            } else {
                try assembler.append(run.joined(separator: "\n"), kind: .paragraph, keepLines: true)
            }
        }
    }

    /// Runs of non-blank lines.
    static func runs(of text: String) -> [[Substring]] {
        var runs: [[Substring]] = []
        var current: [Substring] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\u{0C}" }) {
            if line.unicodeScalars.allSatisfy(TextAssembler.isSpace) {
                if !current.isEmpty { runs.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The length of the list marker (with the white space around it) a line starts with.
    static func listMarkerLength(_ line: Substring) -> Int? {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        let rest = line.dropFirst(indent.count)
        var marker = 0
        if let first = rest.first, "-*•▪◦‣".contains(first) {
            marker = 1
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...3).contains(digits.count), let after = rest.dropFirst(digits.count).first, after == "." || after == ")"
            else { return nil }
            marker = digits.count + 1
        }
        let afterMarker = rest.dropFirst(marker)
        let space = afterMarker.prefix { $0 == " " || $0 == "\t" }
        guard !space.isEmpty, afterMarker.count > space.count else { return nil }
        return indent.count + marker + space.count
    }
}
