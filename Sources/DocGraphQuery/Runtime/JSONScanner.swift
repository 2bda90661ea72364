/// A small JSON reader for property text, distinguishing integers from floats.
struct JSONScanner {
    let bytes: [UInt8]
    var offset = 0

    static let damaged = QueryError.runtime("InvalidJSON", "the store holds property text that is not valid JSON")

    mutating func skipSpace() {
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09 {
            offset += 1
        }
    }

    mutating func value() throws(QueryError) -> CypherValue {
        skipSpace()
        guard offset < bytes.count else { throw Self.damaged }
        switch bytes[offset] {
        case UInt8(ascii: "{"):
            offset += 1
            var entries: [String: CypherValue] = [:]
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") { offset += 1; return .map(entries) }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                try expect(UInt8(ascii: ":"))
                entries[key] = try value()
                skipSpace()
                if try separatorEnds(UInt8(ascii: "}")) { return .map(entries) }
            }
        case UInt8(ascii: "["):
            offset += 1
            var items: [CypherValue] = []
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") { offset += 1; return .list(items) }
            while true {
                items.append(try value())
                skipSpace()
                if try separatorEnds(UInt8(ascii: "]")) { return .list(items) }
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .boolean(true)
        case UInt8(ascii: "f"): try word("false"); return .boolean(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        default: return try number()
        }
    }

    mutating func separatorEnds(_ close: UInt8) throws(QueryError) -> Bool {
        guard offset < bytes.count else { throw Self.damaged }
        if bytes[offset] == close { offset += 1; return true }
        try expect(UInt8(ascii: ","))
        return false
    }

    mutating func expect(_ byte: UInt8) throws(QueryError) {
        guard offset < bytes.count, bytes[offset] == byte else { throw Self.damaged }
        offset += 1
    }

    mutating func word(_ text: String) throws(QueryError) {
        for byte in text.utf8 { try expect(byte) }
    }

    mutating func number() throws(QueryError) -> CypherValue {
        let start = offset
        var isFloat = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                isFloat = true
            } else if !(byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)) {
                break
            }
            offset += 1
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if !isFloat, let int = Int64(text) { return .integer(int) }
        guard let double = Double(text) else { throw Self.damaged }
        return .float(double)
    }

    mutating func string() throws(QueryError) -> String {
        try expect(UInt8(ascii: "\""))
        let start = offset
        // Most text has no escape: it is decoded from the bytes as they stand.
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\") { offset += 1 }
        guard offset < bytes.count else { throw Self.damaged }
        if bytes[offset] == UInt8(ascii: "\"") {
            offset += 1
            return String(decoding: bytes[start..<offset - 1], as: UTF8.self)
        }
        var text = Array(bytes[start..<offset])
        var pendingHigh: UInt32?
        func append(_ scalar: Unicode.Scalar) { UTF8.encode(scalar) { text.append($0) } }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                return String(decoding: text, as: UTF8.self)
            }
            offset += 1
            guard byte == UInt8(ascii: "\\") else { text.append(byte); continue }
            guard offset < bytes.count else { throw Self.damaged }
            let escaped = bytes[offset]
            offset += 1
            switch escaped {
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "u"):
                guard offset + 4 <= bytes.count,
                      let code = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16) else { throw Self.damaged }
                offset += 4
                if (0xD800...0xDBFF).contains(code) {
                    pendingHigh = code
                } else if (0xDC00...0xDFFF).contains(code), let high = pendingHigh {
                    let combined = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
                    if let scalar = Unicode.Scalar(combined) { append(scalar) }
                    pendingHigh = nil
                } else if let scalar = Unicode.Scalar(code) {
                    append(scalar)
                }
            default: text.append(escaped)
            }
        }
        throw Self.damaged
    }
}
