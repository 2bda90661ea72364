import Foundation

/// One file read into plain text with its structure: the value a reader produces and every
/// extractor reads.
///
/// `id` is the SHA-256 of the file's bytes in lower-case hex, so the same content always has the
/// same id whatever its path. `text` is the content as extractors see it; `blocks` cover it in
/// order. All ranges count UTF-8 bytes of `text`.
public struct Document: Sendable, Identifiable, Hashable {
    /// SHA-256 of the file's bytes, lower-case hex.
    public var id: String
    /// The file's name, such as `000_0de250827f1bd0a2.txt`.
    public var name: String
    /// Where the document came from: an absolute path or a URL.
    public var source: String
    /// The format it was read from: `text`, `html`, `markdown`, `docx`, `email`, `pdf`, ...
    public var format: String
    public var title: String?
    /// The document's own date, at the precision it gives.
    public var date: PartialDate?
    public var kind: DocumentKind
    public var text: String
    public var blocks: [Block]
    /// Further facts a reader learnt, such as `author` or `subject`.
    public var metadata: [String: String]

    public init(
        id: String, name: String, source: String, format: String, title: String? = nil,
        date: PartialDate? = nil, kind: DocumentKind = .other, text: String, blocks: [Block] = [],
        metadata: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.source = source
        self.format = format
        self.title = title
        self.date = date
        self.kind = kind
        self.text = text
        self.blocks = blocks
        self.metadata = metadata
    }

    /// The text a range covers. Ranges outside the text are clamped; a range that cuts a
    /// multi-byte character is widened to whole characters by String's own rules.
    public func text(in range: TextRange) -> String {
        Document.slice(text, range)
    }

    /// The text a range covers in any string, by UTF-8 offsets.
    public static func slice(_ text: String, _ range: TextRange) -> String {
        let utf8 = text.utf8
        let count = utf8.count
        let start = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.start, count)))
        let end = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.end, count)))
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
