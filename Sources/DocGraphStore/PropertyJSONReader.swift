import DocGraphKit

/// Reads the JSON text the store keeps (properties, tallies, label lists) into property values,
/// straight from its UTF-8 bytes.
///
/// It gives what `JSONDecoder` gives for ``PropertyValue`` (the tests hold the two side by side):
/// a number without fraction or exponent is an integer when it fits one; a number with them is
/// an integer when it is a whole number that fits one, else a double. The writer reads a stored
/// tally for every node it touches, and `JSONDecoder` trying each case of the enum in turn cost
/// more than the rest of the write.
struct PropertyJSONReader {
    private let bytes: [UInt8]
    private var offset = 0

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The value the text holds; `nil` when it is not one whole JSON value.
    static func value(of text: String) -> PropertyValue? {
        var reader = PropertyJSONReader(text)
        guard let value = reader.value() else { return nil }
        reader.skipSpace()
        return reader.offset == reader.bytes.count ? value : nil
    }

    private mutating func skipSpace() {
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09 {
            offset += 1
        }
    }

    private mutating func value() -> PropertyValue? {
        skipSpace()
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "\""): return string().map(PropertyValue.string)
        case UInt8(ascii: "t"): return word("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return word("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return word("null") ? .null : nil
        default: return number()
        }
    }

    private mutating func object() -> PropertyValue? {
        offset += 1
        var entries: [String: PropertyValue] = [:]
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return .map(entries)
        }
        while true {
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipSpace()
            guard consume(UInt8(ascii: ":")), let item = value() else { return nil }
            entries[key] = item
            skipSpace()
            if consume(UInt8(ascii: "}")) { return .map(entries) }
            guard consume(UInt8(ascii: ",")) else { return nil }
        }
    }

    private mutating func array() -> PropertyValue? {
        offset += 1
        var items: [PropertyValue] = []
        skipSpace()
        if consume(UInt8(ascii: "]")) { return .list(items) }
        while true {
            guard let item = value() else { return nil }
            items.append(item)
            skipSpace()
            if consume(UInt8(ascii: "]")) { return .list(items) }
            guard consume(UInt8(ascii: ",")) else { return nil }
        }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    private mutating func word(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for index in 0..<count where bytes[offset + index] != text.utf8Start[index] { return false }
        offset += count
        return true
    }

    /// A string from its opening quote; escapes decoded, unpaired surrogates refused.
    private mutating func string() -> String? {
        offset += 1
        let start = offset
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\"), bytes[offset] >= 0x20 {
            offset += 1
        }
        guard offset < bytes.count else { return nil }
        if bytes[offset] == UInt8(ascii: "\"") {
            defer { offset += 1 }
            return String(decoding: bytes[start..<offset], as: UTF8.self)
        }
        var decoded = Array(bytes[start..<offset])
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                offset += 1
                guard escape(into: &decoded) else { return nil }
            case 0..<0x20:
                return nil
            default:
                decoded.append(byte)
                offset += 1
            }
        }
        return nil
    }

    /// The escapes that stand for one byte, by the letter after the backslash.
    private static let singleByteEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "/"): UInt8(ascii: "/"),
        UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    /// Decodes the escape after a backslash.
    private mutating func escape(into decoded: inout [UInt8]) -> Bool {
        guard offset < bytes.count else { return false }
        let letter = bytes[offset]
        offset += 1
        if let byte = Self.singleByteEscapes[letter] {
            decoded.append(byte)
            return true
        }
        guard letter == UInt8(ascii: "u"), var scalar = hexQuad() else { return false }
        if (0xD800..<0xDC00).contains(scalar) {
            guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")), let low = hexQuad(),
                  (0xDC00..<0xE000).contains(low) else { return false }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
            return false
        }
        guard let unicode = Unicode.Scalar(scalar) else { return false }
        decoded.append(contentsOf: String(Character(unicode)).utf8)
        return true
    }

    /// Four hexadecimal digits, as the value they spell.
    private mutating func hexQuad() -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        let digits = bytes[offset..<(offset + 4)]
        guard digits.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }) else { return nil }
        offset += 4
        return UInt32(String(decoding: digits, as: UTF8.self), radix: 16)
    }

    /// A JSON number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() -> PropertyValue? {
        let start = offset
        _ = consume(UInt8(ascii: "-"))
        guard digits() > 0 else { return nil }
        var isWhole = true
        if consume(UInt8(ascii: ".")) {
            isWhole = false
            guard digits() > 0 else { return nil }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            isWhole = false
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard digits() > 0 else { return nil }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if isWhole, let integer = Int(text) { return .int(integer) }
        guard let double = Double(text), double.isFinite else { return nil }
        if double.rounded() == double, let integer = Int(exactly: double) { return .int(integer) }
        return .double(double)
    }

    private mutating func digits() -> Int {
        let start = offset
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
        return offset - start
    }
}
