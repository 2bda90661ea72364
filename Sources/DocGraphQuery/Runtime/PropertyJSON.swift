/// Reads and writes the store's JSON property text as Cypher values, keeping integers and
/// floats apart (`1` is an integer, `1.0` a float) and refusing what JSON cannot hold.
enum PropertyJSON {
    static func parse(_ text: String) throws(QueryError) -> CypherValue {
        var parser = JSONScanner(bytes: Array(text.utf8))
        let value = try parser.value()
        return value
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
