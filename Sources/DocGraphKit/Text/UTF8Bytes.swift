/// A read-only view of a text's UTF-8 bytes that decodes scalars where the scan needs them.
///
/// The text analysis walks bytes rather than `Character`s: ASCII is classified with one table
/// look-up, and only non-ASCII scalars are decoded. Offsets are UTF-8 offsets of the text.
struct UTF8Bytes {
    let buffer: UnsafeBufferPointer<UInt8>

    /// The number of bytes.
    var count: Int { buffer.count }

    /// The byte at an offset, or 0 past the end (so look-ahead needs no bounds checks).
    subscript(offset: Int) -> UInt8 {
        offset >= 0 && offset < buffer.count ? buffer[offset] : 0
    }

    /// Calls `body` with the bytes of `text`, without copying when the string is native UTF-8.
    static func with<Result>(_ text: String, _ body: (UTF8Bytes) throws -> Result) rethrows -> Result {
        if let result = try text.utf8.withContiguousStorageIfAvailable({ try body(UTF8Bytes(buffer: $0)) }) {
            return result
        }
        let copy = Array(text.utf8)
        return try copy.withUnsafeBufferPointer { try body(UTF8Bytes(buffer: $0)) }
    }

    /// The scalar starting at an offset and its width in bytes. A malformed byte decodes as
    /// U+FFFD of width 1, so a scan always moves on.
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = self[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: width = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: width = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: width = 4; value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard offset + width <= count else { return ("\u{FFFD}", 1) }
        for index in 1..<width {
            let byte = buffer[offset + index]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// The class of the scalar at an offset and its width; `.space` past the end.
    func scalarClass(at offset: Int) -> (kind: ScalarClass, width: Int) {
        guard offset < count else { return (.space, 0) }
        let (scalar, width) = scalar(at: offset)
        return (ScalarClass.of(scalar), width)
    }

    /// The offset where the scalar before `offset` starts.
    func previousScalarStart(before offset: Int) -> Int {
        var index = offset - 1
        while index > 0, buffer[index] & 0xC0 == 0x80 { index -= 1 }
        return max(index, 0)
    }

    /// The text of a range of bytes.
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
    }

    /// True when the bytes at `offset` spell `ascii` (compared exactly).
    func matches(_ ascii: StaticString, at offset: Int) -> Bool {
        let length = ascii.utf8CodeUnitCount
        guard offset + length <= count else { return false }
        let pointer = ascii.utf8Start
        for index in 0..<length where buffer[offset + index] != pointer[index] { return false }
        return true
    }
}
