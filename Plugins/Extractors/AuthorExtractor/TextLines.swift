import DocGraphKit

/// The lines of a text as UTF-8 ranges, without their line breaks.
struct TextLines: RandomAccessCollection {
    private let ranges: [TextRange]

    init(_ text: String) {
        var ranges: [TextRange] = []
        var start = 0
        var offset = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                ranges.append(TextRange(start: start, end: offset))
                start = offset + 1
            }
            offset += 1
        }
        ranges.append(TextRange(start: start, end: offset))
        self.ranges = ranges
    }

    var startIndex: Int { ranges.startIndex }
    var endIndex: Int { ranges.endIndex }
    subscript(position: Int) -> TextRange { ranges[position] }

    /// A line's text without emphasis marks, with white space runs made single spaces.
    static func plain(_ line: String) -> String {
        line.filter { !"*_#".contains($0) }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
