import DocGraphStore

/// Reads and writes the store's JSON property text as Cypher values, keeping integers and
/// floats apart (`1` is an integer, `1.0` a float) and refusing what JSON cannot hold.
enum PropertyJSON {
    static func parse(_ text: String) throws(QueryError) -> CypherValue {
        var parser = JSONScanner(bytes: Array(text.utf8))
        let value = try parser.value()
        return value
    }

    /// The SQL value of one property's JSON text, as `ValueCodec.sqlValue(parse(text))` gives
    /// it. Most properties are a string without escapes or a number: those are read from the
    /// bytes as they stand, since every property read of every row comes here.
    static func sqlValue(json: UnsafeBufferPointer<UInt8>) throws(QueryError) -> SQLValue {
        if let value = plainString(json) ?? plainNumber(json) { return value }
        return ValueCodec.sqlValue(try parse(String(decoding: json, as: UTF8.self)))
    }

    /// `"text"` with no escape and nothing after the closing quote: the text.
    private static func plainString(_ json: UnsafeBufferPointer<UInt8>) -> SQLValue? {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        guard json.count >= 2, json[0] == quote, json[json.count - 1] == quote else { return nil }
        let text = UnsafeBufferPointer(rebasing: json[1..<json.count - 1])
        guard !text.contains(where: { $0 == quote || $0 == backslash }) else { return nil }
        return .text(String(decoding: text, as: UTF8.self))
    }

    /// A number and nothing else, read as ``JSONScanner`` reads one: an integer unless it has
    /// a fraction or an exponent.
    private static func plainNumber(_ json: UnsafeBufferPointer<UInt8>) -> SQLValue? {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard let first = json.first, first == UInt8(ascii: "-") || digits.contains(first) else { return nil }
        var isFloat = false
        for byte in json {
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                isFloat = true
            } else if !(digits.contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) {
                return nil
            }
        }
        let text = String(decoding: json, as: UTF8.self)
        if !isFloat, let int = Int64(text) { return .integer(int) }
        guard let double = Double(text) else { return nil }
        return ValueCodec.sqlValue(.float(double))
    }

    static func serialize(_ value: CypherValue) throws(QueryError) -> String {
        var output = ""
        try write(value, into: &output)
        return output
    }

    static func write(_ value: CypherValue, into output: inout String) throws(QueryError) {
        switch value {
        case .null: output += "null"
        case .boolean(let flag): output += flag ? "true" : "false"
        case .integer(let int): output += String(int)
        case .float(let double):
            guard double.isFinite else {
                throw QueryError.runtime("InvalidPropertyType", "the float \(double) cannot be stored as a property")
            }
            var text = "\(double)"
            if !text.contains(".") && !text.contains("e") { text += ".0" }
            output += text
        case .string(let text): writeString(text, into: &output)
        case .list(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                try write(item, into: &output)
            }
            output += "]"
        case .map(let entries):
            output += "{"
            for (index, key) in entries.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                writeString(key, into: &output)
                output += ":"
                try write(entries[key] ?? .null, into: &output)
            }
            output += "}"
        case .node, .relationship, .path:
            throw QueryError.runtime("InvalidPropertyType", "a \(value.typeName.lowercased()) cannot be stored as a property")
        }
    }

    static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
