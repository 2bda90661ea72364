import DocGraphKit
import ReaderSupport

/// One part of an Internet message (RFC 5322 and MIME, RFC 2045-2046): its header fields and
/// its body, still in its transfer encoding.
struct MIMEPart {
    var headers: MIMEHeaders
    var body: ArraySlice<UInt8>

    /// Splits bytes into the header block and the body at the first empty line.
    init(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        var lineStart = index
        var bodyStart = bytes.endIndex
        var headerEnd = bytes.endIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x0A {
                let line = bytes[lineStart..<index]
                if line.isEmpty || line == [0x0D] {
                    headerEnd = lineStart
                    bodyStart = index + 1
                    break
                }
                lineStart = index + 1
            }
            index += 1
        }
        headers = MIMEHeaders(TextDecoding.decodeUTF8(bytes[bytes.startIndex..<headerEnd]).text)
        body = bodyStart <= bytes.endIndex ? bytes[bodyStart...] : []
    }

    /// The media type, lower-cased (`text/plain` when the part does not say, as MIME defines).
    var mediaType: String {
        headers.value(of: "content-type").map { MIMEHeaders.mainValue($0).lowercased() } ?? "text/plain"
    }

    /// A parameter of the Content-Type field, such as `charset` or `boundary`.
    func contentTypeParameter(_ name: String) -> String? {
        headers.value(of: "content-type").flatMap { MIMEHeaders.parameter(name, in: $0) }
    }

    /// True when the part is an attachment rather than part of the message's body.
    var isAttachment: Bool {
        headers.value(of: "content-disposition").map { MIMEHeaders.mainValue($0).lowercased() == "attachment" } ?? false
    }

    /// The body with its transfer encoding (base64, quoted-printable) undone.
    var decodedBody: [UInt8] {
        switch headers.value(of: "content-transfer-encoding").map({ MIMEHeaders.mainValue($0).lowercased() }) {
        case "base64": TransferDecoding.base64(body)
        case "quoted-printable": TransferDecoding.quotedPrintable(body)
        default: Array(body)
        }
    }

    /// The sub-parts of a multipart body, split at its boundary lines; empty for other parts.
    var subparts: [MIMEPart] {
        guard mediaType.hasPrefix("multipart/"), let boundary = contentTypeParameter("boundary"), !boundary.isEmpty else {
            return []
        }
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [MIMEPart] = []
        var partStart: Int?
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: 0x0A) ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            if line.starts(with: delimiter) {
                if let start = partStart {
                    // The line break before a delimiter belongs to the delimiter.
                    var end = lineStart
                    if end > start, body[end - 1] == 0x0A { end -= 1 }
                    if end > start, body[end - 1] == 0x0D { end -= 1 }
                    parts.append(MIMEPart(body[start..<max(start, end)]))
                }
                let rest = line.dropFirst(delimiter.count)
                if rest.starts(with: [0x2D, 0x2D]) { return parts }
                partStart = min(lineEnd + 1, body.endIndex)
            }
            lineStart = lineEnd + 1
        }
        if let start = partStart, start < body.endIndex { parts.append(MIMEPart(body[start...])) }
        return parts
    }
}
