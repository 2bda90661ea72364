import Foundation
import ReaderSupport

extension HTMLReader {
    /// A page's text and the warnings its decoding gave.
    struct DecodedPage {
        var text: String
        var warnings: [String]
    }

    /// Decodes a page's bytes: a byte-order mark decides first, then a charset the page declares
    /// in its first bytes (`<meta charset>` or `http-equiv`), else UTF-8 with invalid bytes
    /// replaced and counted.
    static func decode(_ bytes: Data) -> DecodedPage {
        var warnings: [String] = []
        var charset = TextDecoding.Charset.utf8
        if bytes.starts(with: [0xFF, 0xFE]) {
            charset = .utf16LittleEndian
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            charset = .utf16BigEndian
        } else if !bytes.starts(with: [0xEF, 0xBB, 0xBF]), let label = declaredCharset(in: bytes) {
            if let named = TextDecoding.Charset(label: label) {
                charset = named
            } else {
                warnings.append("the page declares the charset '\(label)', which is not supported; it was read as UTF-8")
            }
        }
        let decoded = TextDecoding.decode(bytes, as: charset)
        return DecodedPage(text: decoded.text, warnings: warnings + (decoded.warning.map { [$0] } ?? []))
    }

    /// The charset named by a `charset=` in the first 4 KB of the page, if any.
    static func declaredCharset(in bytes: Data) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: #"charset\s*=\s*["']?[a-z0-9_:.\-]+"#, options: .regularExpression) else {
            return nil
        }
        let match = head[range]
        guard let equals = match.firstIndex(of: "=") else { return nil }
        return match[match.index(after: equals)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
    }
}
