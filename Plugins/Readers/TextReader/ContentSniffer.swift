import Foundation

/// Judges from a file's first bytes and its extension how well it fits the text reader.
enum ContentSniffer {
    /// Extensions of plain text.
    static let textExtensions: Set<String> = ["txt", "text"]
    /// Extensions of formats other readers own, even when the content is text.
    static let otherFormats: Set<String> = [
        "md", "markdown", "html", "htm", "xhtml", "xml", "eml", "mbox", "msg", "docx", "doc", "pdf", "rtf", "json",
        "csv", "odt",
    ]
    /// How many leading bytes are looked at.
    static let sniffLength = 8192

    static func fitness(bytes: Data, fileExtension: String) -> Int {
        let head = bytes.prefix(sniffLength)
        let isUTF16 = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        if !isUTF16 && (head.contains(0) || hasBinaryMagic(head)) { return 0 }
        if otherFormats.contains(fileExtension) || looksLikeMarkup(head) { return 10 }
        return textExtensions.contains(fileExtension) ? 90 : 40
    }

    /// Starts of archives, PDFs and images.
    private static func hasBinaryMagic(_ head: Data) -> Bool {
        let magics: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], Array("%PDF".utf8), [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF],
                                 Array("GIF8".utf8), [0xD0, 0xCF, 0x11, 0xE0]]
        return magics.contains { head.starts(with: $0) }
    }

    /// HTML or XML at the start, after white space.
    private static func looksLikeMarkup(_ head: Data) -> Bool {
        let start = String(decoding: head.prefix(256), as: UTF8.self)
            .drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(15).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<?xml")
    }
}
