import DocGraphKit
import Foundation

/// What a file's bytes say about its format, from a look at their start (and, for zip archives,
/// their end). Readers build `fitness(for:)` from it so that content beats extension.
public struct ContentSniffer: Sendable {
    /// How many leading bytes the text checks look at.
    public static let headLength = ReaderInput.sniffLength

    /// The first ``headLength`` bytes.
    public let head: [UInt8]
    private let bytes: Data

    public init(_ bytes: Data) {
        self.bytes = bytes
        self.head = Array(bytes.prefix(ContentSniffer.headLength))
    }

    /// True when the bytes start like a zip archive (a local file header or an empty archive).
    public var isZip: Bool {
        head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// True when the bytes are a zip archive that holds a Word document body (`word/document.xml`
    /// named in its central directory, which sits at the end).
    public var isWordArchive: Bool {
        guard isZip else { return false }
        let tail = bytes.suffix(256 * 1024)
        return tail.range(of: Data("word/document.xml".utf8)) != nil
    }

    /// True when a PDF header (`%PDF-`) appears within the first kilobyte, as readers of PDF allow.
    public var isPDF: Bool {
        head.prefix(1024).firstRange(of: Array("%PDF-".utf8)) != nil
    }

    /// True when the bytes look binary (see ``ReaderInput/looksBinary``).
    public var looksBinary: Bool { ReaderInput.looksBinary(head) }

    /// The start of the text with a UTF-8 byte-order mark, white space and comments skipped,
    /// lower-cased (ASCII only), for the markup checks.
    /// Empty when the text does not start with `<` there: callers look for nothing else.
    private var leadingMarkup: String {
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, head[start] == 0x20 || (0x09...0x0D).contains(head[start]) { start += 1 }
        if start < head.count, head[start] < 0x80, head[start] != UInt8(ascii: "<") { return "" }
        var text = String(decoding: head.prefix(4096), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rest = Substring(text.lowercased())
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<?xml"), let end = rest.range(of: "?>") {
                rest = rest[end.upperBound...]
            } else {
                return String(rest)
            }
        }
    }

    /// True when the text starts as an HTML document does: a doctype, `<html>`, `<head>` or `<body>`.
    public var isHTMLDocument: Bool {
        let start = leadingMarkup
        return ["<!doctype html", "<html", "<head", "<body"].contains { start.hasPrefix($0) }
    }

    /// True when the start of the text is full of HTML block tags, as a fragment without
    /// `<html>` is: it starts with a tag and holds at least three known block tags.
    public var isHTMLFragment: Bool {
        let start = leadingMarkup
        guard start.hasPrefix("<") else { return false }
        let tags = ["<p>", "<p ", "<div", "<table", "<br", "<h1", "<h2", "<h3", "<ul", "<ol", "<li", "<td", "<span", "<a "]
        return tags.reduce(0) { $0 + start.components(separatedBy: $1).count - 1 } >= 3
    }

    /// True when the text starts with an Internet message header block: its first line is a
    /// header (or an mbox `From ` line) and at least two well-known message headers appear
    /// before the first empty line.
    public var isEmailMessage: Bool {
        let text = String(decoding: head, as: UTF8.self)
        // Lines are cut one at a time: most texts fail on the first.
        var rest = Substring(text)
        func nextLine() -> Substring? {
            guard !rest.isEmpty else { return nil }
            guard let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) else {
                defer { rest = rest[rest.endIndex...] }
                return rest
            }
            defer { rest = rest[rest.index(after: end)...] }
            return rest[..<end]
        }
        var line = nextLine()
        if line?.hasPrefix("From ") == true { line = nextLine() }
        guard let first = line, ContentSniffer.headerName(first) != nil else { return false }
        let known: Set<String> = [
            "from", "to", "cc", "subject", "date", "message-id", "mime-version", "content-type", "received",
            "return-path", "delivered-to", "reply-to", "sender", "x-mailer", "list-unsubscribe",
        ]
        var count = 0
        while let current = line {
            defer { line = nextLine() }
            if current.isEmpty { break }
            if current.first == " " || current.first == "\t" { continue }
            guard let name = ContentSniffer.headerName(current) else { return false }
            if known.contains(name) { count += 1 }
        }
        return count >= 2
    }

    /// The lower-cased field name of a header line (`Subject: ...`), or `nil` when the line is not one.
    static func headerName(_ line: Substring) -> String? {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return nil }
        let name = line[..<colon]
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        return name.lowercased()
    }
}
