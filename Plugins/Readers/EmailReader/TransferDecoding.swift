/// Undoes MIME content transfer encodings (RFC 2045): base64 and quoted-printable. Both are
/// lenient, as mail readers are: characters that do not belong are skipped, a malformed escape
/// is kept as written.
enum TransferDecoding {
    /// Base64 to bytes, ignoring line breaks and any character outside the alphabet.
    static func base64(_ encoded: some Collection<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(encoded.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in encoded {
            let value: UInt32
            switch byte {
            case 0x41...0x5A: value = UInt32(byte - 0x41)
            case 0x61...0x7A: value = UInt32(byte - 0x61 + 26)
            case 0x30...0x39: value = UInt32(byte - 0x30 + 52)
            case 0x2B, 0x2D: value = 62
            case 0x2F, 0x5F: value = 63
            case 0x3D: return output
            default: continue
            }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return output
    }

    /// Quoted-printable to bytes: `=XX` escapes and soft line breaks (`=` at a line's end).
    /// With `underscoreIsSpace` (the Q encoding of RFC 2047) `_` stands for a space.
    static func quotedPrintable(_ encoded: some Collection<UInt8>, underscoreIsSpace: Bool = false) -> [UInt8] {
        let bytes = Array(encoded)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3D {
                if index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                    output.append(high << 4 | low)
                    index += 3
                    continue
                }
                // A soft line break: "=" then optional spaces then CRLF or LF.
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
                if next < bytes.count, bytes[next] == 0x0D { next += 1 }
                if next < bytes.count, bytes[next] == 0x0A {
                    index = next + 1
                    continue
                }
                if next >= bytes.count {
                    index = next
                    continue
                }
            }
            output.append(underscoreIsSpace && byte == 0x5F ? 0x20 : byte)
            index += 1
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
