import DocGraphStore

/// How Cypher values travel through SQL: integers, floats, strings and null as SQLite's own
/// values; booleans, lists, maps and graph elements as tagged blobs. Graph elements travel as
/// ids only; the engine fills in labels and properties when it returns them.
enum ValueCodec {
    enum Tag: UInt8 {
        case null = 0x00, falseValue = 0x01, trueValue = 0x02, integer = 0x03, float = 0x04, string = 0x05
        case list = 0x10, map = 0x11, node = 0x20, relationship = 0x21, path = 0x22
    }

    static func sqlValue(_ value: CypherValue) -> SQLValue {
        switch value {
        case .null: return .null
        case .integer(let int): return .integer(int)
        case .float(let double) where !double.isNaN: return .real(double)
        case .string(let string): return .text(string)
        default:
            var bytes: [UInt8] = []
            write(value, into: &bytes)
            return .blob(bytes)
        }
    }

    static func value(_ sql: SQLValue) throws(QueryError) -> CypherValue {
        switch sql {
        case .null: return .null
        case .integer(let int): return .integer(int)
        case .real(let double): return .float(double)
        case .text(let string): return .string(string)
        case .blob(let bytes):
            var reader = ByteReader(bytes: bytes)
            return try reader.value()
        }
    }

    static func write(_ value: CypherValue, into bytes: inout [UInt8]) {
        switch value {
        case .null: bytes.append(Tag.null.rawValue)
        case .boolean(let flag): bytes.append(flag ? Tag.trueValue.rawValue : Tag.falseValue.rawValue)
        case .integer(let int):
            bytes.append(Tag.integer.rawValue)
            append(UInt64(bitPattern: int), to: &bytes)
        case .float(let double):
            bytes.append(Tag.float.rawValue)
            append(double.bitPattern, to: &bytes)
        case .string(let string):
            bytes.append(Tag.string.rawValue)
            appendString(string, to: &bytes)
        case .list(let items):
            bytes.append(Tag.list.rawValue)
            append(UInt64(items.count), to: &bytes)
            for item in items { write(item, into: &bytes) }
        case .map(let entries):
            bytes.append(Tag.map.rawValue)
            append(UInt64(entries.count), to: &bytes)
            for key in entries.keys.sorted() {
                appendString(key, to: &bytes)
                write(entries[key] ?? .null, into: &bytes)
            }
        case .node(let node):
            bytes.append(Tag.node.rawValue)
            append(UInt64(bitPattern: node.id), to: &bytes)
        case .relationship(let relationship):
            bytes.append(Tag.relationship.rawValue)
            append(UInt64(bitPattern: relationship.id), to: &bytes)
        case .path(let path):
            bytes.append(Tag.path.rawValue)
            append(UInt64(path.nodes.count), to: &bytes)
            for node in path.nodes { append(UInt64(bitPattern: node.id), to: &bytes) }
            for relationship in path.relationships { append(UInt64(bitPattern: relationship.id), to: &bytes) }
        }
    }

    static func append(_ word: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }

    static func appendString(_ string: String, to bytes: inout [UInt8]) {
        let utf8 = Array(string.utf8)
        append(UInt64(utf8.count), to: &bytes)
        bytes.append(contentsOf: utf8)
    }

    /// A value as text that SQL can carry through `json_each` (UNWIND and list iteration).
    static func token(_ value: CypherValue) -> String {
        var bytes: [UInt8] = []
        write(value, into: &bytes)
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    static func value(token: String) throws(QueryError) -> CypherValue {
        var bytes: [UInt8] = []
        var high: UInt8?
        for char in token.utf8 {
            let nibble: UInt8
            switch char {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = char - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = char - UInt8(ascii: "a") + 10
            default: throw .runtime("InternalError", "a damaged value token reached the query engine")
            }
            if let first = high {
                bytes.append(first << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        var reader = ByteReader(bytes: bytes)
        return try reader.value()
    }
}
