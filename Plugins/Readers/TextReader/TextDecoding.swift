import DocGraphKit
import Foundation

/// Turns a file's bytes into text: UTF-8 (with invalid bytes replaced), or UTF-16 when the file
/// starts with its byte order mark. A UTF-8 byte order mark is dropped and CRLF line ends become
/// LF; nothing else of the text changes.
enum TextDecoding {
    static let emptyMessage = "the file is empty"
    static let binaryMessage =
        "the file holds binary data (NUL bytes), not plain text; convert it to text or read it with the reader for its format"
    static let badUTF16Message = "the file starts with a UTF-16 byte order mark but is not valid UTF-16; save it as UTF-8"

    /// The decoded text and how many places of invalid UTF-8 were replaced with U+FFFD.
    static func decode(_ bytes: Data, limits: ReaderLimits) throws -> (text: String, replaced: Int) {
        guard !bytes.isEmpty else { throw ReadError(emptyMessage) }
        guard bytes.count <= limits.maxTextBytes else {
            throw ReadError("the file is \(bytes.count) bytes, over the \(limits.maxTextBytes)-byte limit for text; split it or raise the limit")
        }
        let decoded: (text: String, replaced: Int)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: bytes, encoding: .utf16) else { throw ReadError(badUTF16Message) }
            decoded = (text.replacingOccurrences(of: "\r\n", with: "\n"), 0)
        } else {
            guard !bytes.contains(0) else { throw ReadError(binaryMessage) }
            decoded = utf8(withoutCarriageReturns(bytes))
        }
        guard decoded.text.unicodeScalars.contains(where: { !$0.isWhitespaceScalar }) else {
            throw ReadError(emptyMessage)
        }
        return decoded
    }

    /// The warning for replaced places, or `nil` when none were.
    static func warning(replaced: Int) -> String? {
        guard replaced > 0 else { return nil }
        return "invalid UTF-8 replaced with U+FFFD at \(replaced) \(replaced == 1 ? "place" : "places")"
    }

    /// The bytes without a UTF-8 byte order mark and with every CR that precedes an LF removed.
    private static func withoutCarriageReturns(_ bytes: Data) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = bytes.startIndex + start
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if !(byte == 0x0D && next < bytes.endIndex && bytes[next] == 0x0A) { output.append(byte) }
            index = next
        }
        return output
    }

    /// Decodes UTF-8, replacing each maximal invalid sequence with U+FFFD (as `String(decoding:)`
    /// does) and counting them.
    private static func utf8(_ bytes: [UInt8]) -> (text: String, replaced: Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var replaced = 0
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: break parsing
            case .error: replaced += 1
            }
        }
        return (String(decoding: bytes, as: UTF8.self), replaced)
    }
}
