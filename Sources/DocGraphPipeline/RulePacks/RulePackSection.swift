import DocGraphKit

/// A part of a document a rule pack's patterns can be limited to, such as the list of those
/// present at a meeting.
///
/// A section starts at a line that begins with one of `starts` (ignoring case, leading
/// whitespace, numbering and punctuation, so `3. Apologies:` starts an `Apologies:` section) and
/// runs to the end of the paragraph: up to the next blank line or the next line that starts any
/// section of the pack.
public struct RulePackSection: Hashable, Sendable {
    public let name: String
    /// Lower-cased phrases that start the section.
    public let starts: [String]

    public init(name: String, starts: [String]) {
        self.name = name
        self.starts = starts.map { $0.lowercased() }
    }

    /// The ranges of a text (UTF-8 offsets) each section covers, by section name.
    static func ranges(of sections: [RulePackSection], in text: String) -> [String: [TextRange]] {
        guard !sections.isEmpty else { return [:] }
        var result: [String: [TextRange]] = [:]
        var open: (name: String, start: Int)?
        var lastLineEnd = 0
        func close() {
            if let current = open { result[current.name, default: []].append(TextRange(start: current.start, end: lastLineEnd)) }
            open = nil
        }
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.utf8.count
            if line.allSatisfy(\.isWhitespace) {
                close()
            } else if let section = sections.first(where: { $0.isStarted(by: line) }) {
                close()
                open = (section.name, offset)
            }
            if !line.allSatisfy(\.isWhitespace) { lastLineEnd = offset + length }
            offset += length + 1
        }
        close()
        return result
    }

    /// True when a line, its numbering and punctuation aside, begins with one of `starts`.
    private func isStarted(by line: Substring) -> Bool {
        let body = line.drop { !$0.isLetter }.lowercased()
        return starts.contains { body.hasPrefix($0) }
    }
}
