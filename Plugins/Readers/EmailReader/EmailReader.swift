import DocGraphKit
import Foundation
import MarkupText
import ReaderSupport

/// Reads e-mail messages (.eml, RFC 5322 with MIME): it prefers the HTML body, read as the HTML
/// reader reads pages (e-mail chrome dropped), and falls back to the plain-text body. Base64
/// and quoted-printable bodies and the charsets of ``TextDecoding`` are decoded; the Subject
/// (with RFC 2047 encoded words) is the title and the Date header the date.
public struct EmailReader: DocumentReader {
    public let manifest = PluginManifest(
        id: "email.v1", name: "E-mail reader",
        summary: "E-mail messages (.eml): the HTML body without chrome, else the text body; Subject and Date",
        kind: .reader, produces: ["document", "blocks"])

    public let format = "email"

    public init() {}

    /// 92 for text that starts with a message header block; 75 for other `.eml` text; else 0.
    public func fitness(for input: ReaderInput) -> Int {
        let sniffer = ContentSniffer(input.bytes)
        if sniffer.looksBinary { return 0 }
        if sniffer.isEmailMessage { return 92 }
        return input.fileExtension == "eml" ? 75 : 0
    }

    public func read(_ input: ReaderInput) throws -> ReadResult {
        let bytes = [UInt8](input.bytes)
        let message = MIMEPart(bytes[...])
        var warnings: [String] = []
        let bodies = EmailReader.bodies(of: message, maxDepth: input.limits.maxDepth, warnings: &warnings)
        var assembler = TextAssembler(limit: input.limits.maxTextBytes)
        var metadata: [String: String] = [:]
        if let html = bodies.first(where: { $0.mediaType == "text/html" }) {
            let content = try HTMLText(html: EmailReader.text(of: html, warnings: &warnings), limits: input.limits)
            assembler = content.assembler
            warnings += content.warnings
        } else if let plain = bodies.first(where: { $0.mediaType == "text/plain" }) {
            try PlainTextBlocks.append(EmailReader.text(of: plain, warnings: &warnings), to: &assembler)
        } else {
            throw ReadError("the message has no text or HTML body to read, only attachments or other media")
        }
        let subject = message.headers.value(of: "subject").map(EncodedWords.decode)
        for (field, key) in [("from", "author"), ("to", "to"), ("message-id", "message-id")] {
            if let value = message.headers.value(of: field) { metadata[key] = EncodedWords.decode(value) }
        }
        if let subject { metadata["subject"] = subject }
        let date = message.headers.value(of: "date").flatMap(MetadataDate.rfc5322)
        let document = ReaderOutput.document(
            for: input, format: format, assembler: assembler, title: subject, date: date, metadata: metadata)
        return ReaderOutput.result(document, warnings: warnings)
    }

    /// The text and HTML parts that make up the message's body, in order, found without
    /// recursion; attachments are skipped, and so is nesting past `maxDepth`.
    static func bodies(of message: MIMEPart, maxDepth: Int, warnings: inout [String]) -> [MIMEPart] {
        var found: [MIMEPart] = []
        var pending: [(part: MIMEPart, depth: Int)] = [(message, 0)]
        while let (part, depth) = pending.popLast() {
            if part.mediaType.hasPrefix("multipart/") {
                guard depth < maxDepth else {
                    warnings.append("MIME parts nested deeper than \(maxDepth) levels were skipped")
                    continue
                }
                pending += part.subparts.reversed().map { ($0, depth + 1) }
            } else if !part.isAttachment, ["text/plain", "text/html"].contains(part.mediaType) {
                found.append(part)
            }
        }
        return found
    }

    /// A text part decoded from its transfer encoding and charset.
    static func text(of part: MIMEPart, warnings: inout [String]) -> String {
        let label = part.contentTypeParameter("charset") ?? "us-ascii"
        let charset = TextDecoding.Charset(label: label)
        if charset == nil {
            warnings.append("the message declares the charset '\(label)', which is not supported; it was read as UTF-8")
        }
        let decoded = TextDecoding.decode(part.decodedBody, as: charset ?? .utf8)
        if let warning = decoded.warning { warnings.append(warning) }
        return decoded.text
    }
}
