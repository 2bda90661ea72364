import DocGraphKit
import Foundation

/// Encodes and decodes property maps as the JSON text the store keeps, with sorted keys so the
/// same properties always give the same text.
///
/// Encoding writes the bytes directly, exactly as `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` would (the tests hold the two side by side): the store encodes
/// properties for every node, mention and relationship it writes, and building an encoder per
/// value cost more than the rest of the write.
enum PropertyJSON {
    static func encode(_ properties: Properties) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        guard write(.map(properties), into: &bytes) else { return "{}" }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func encode(_ value: PropertyValue) -> String {
        var bytes: [UInt8] = []
        guard write(value, into: &bytes) else { return "null" }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func decode(_ text: String?) -> Properties {
        guard let text, case .map(let properties)? = decodeValue(text) else { return [:] }
        return properties
    }

    static func decodeValue(_ text: String) -> PropertyValue? {
        PropertyJSONReader.value(of: text)
    }

    /// A label list; empty when the text is not a JSON list of strings.
    static func decodeLabels(_ text: String) -> [String] {
        guard case .list(let items)? = decodeValue(text) else { return [] }
        var labels: [String] = []
        for item in items {
            guard case .string(let label) = item else { return [] }
            labels.append(label)
        }
        return labels
    }

    static func encodeLabels(_ labels: [String]) -> String {
        encode(.list(labels.map(PropertyValue.string)))
    }

    /// Appends a value's JSON; false for a value JSON cannot hold (a non-finite number).
    private static func write(_ value: PropertyValue, into bytes: inout [UInt8]) -> Bool {
        switch value {
        case .null:
            bytes += "null".utf8
        case .bool(let flag):
            bytes += (flag ? "true" : "false").utf8
        case .int(let number):
            bytes += String(number).utf8
        case .double(let number):
            guard number.isFinite else { return false }
            let text = number.description
            bytes += (text.hasSuffix(".0") ? text.dropLast(2) : Substring(text)).utf8
        case .string(let text):
            writeString(text, into: &bytes)
        case .list(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                guard write(item, into: &bytes) else { return false }
            }
            bytes.append(UInt8(ascii: "]"))
        case .map(let entries):
            bytes.append(UInt8(ascii: "{"))
            for (index, key) in entries.keys.sorted().enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                guard let item = entries[key], write(item, into: &bytes) else { return false }
            }
            bytes.append(UInt8(ascii: "}"))
        }
        return true
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20:
                bytes += "\\u00".utf8
                bytes += [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
