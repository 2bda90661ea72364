import Foundation
import ReaderSupport

/// Decodes RFC 2047 encoded words in header values (`=?utf-8?Q?Caf=C3=A9?=`,
/// `=?iso-8859-1?B?...?=`); white space between two encoded words is dropped, as the RFC says.
enum EncodedWords {
    static func decode(_ value: String) -> String {
        var result = ""
        var rest = Substring(value)
        var lastWasEncoded = false
        while let start = rest.range(of: "=?") {
            let before = rest[..<start.lowerBound]
            guard let word = encodedWord(at: rest[start.lowerBound...]) else {
                result += before + "=?"
                rest = rest[start.upperBound...]
                lastWasEncoded = false
                continue
            }
            if !(lastWasEncoded && before.allSatisfy(\.isWhitespace)) { result += before }
            result += word.text
            rest = rest[word.end...]
            lastWasEncoded = true
        }
        return result + rest
    }

    /// The encoded word at the start of `text`, decoded, and where it ends.
    private static func encodedWord(at text: Substring) -> (text: String, end: Substring.Index)? {
        let parts = text.dropFirst(2).split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[3].hasPrefix("="), !parts[0].isEmpty else { return nil }
        let charsetLabel = String(parts[0].prefix { $0 != "*" })
        let payload = Array(parts[2].utf8)
        let bytes: [UInt8]
        switch parts[1].lowercased() {
        case "b": bytes = TransferDecoding.base64(payload)
        case "q": bytes = TransferDecoding.quotedPrintable(payload, underscoreIsSpace: true)
        default: return nil
        }
        let charset = TextDecoding.Charset(label: charsetLabel) ?? .utf8
        return (TextDecoding.decode(bytes, as: charset).text, parts[3].index(after: parts[3].startIndex))
    }
}
