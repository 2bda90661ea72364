import DocGraphKit
import Foundation

/// Encodes and decodes property maps as the JSON text the store keeps, with sorted keys so the
/// same properties always give the same text.
enum PropertyJSON {
    static func encode(_ properties: Properties) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(properties) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func encode(_ value: PropertyValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String?) -> Properties {
        guard let text, let data = text.data(using: .utf8),
              let value = try? JSONDecoder().decode(Properties.self, from: data) else { return [:] }
        return value
    }

    static func decodeLabels(_ text: String) -> [String] {
        guard let data = text.data(using: .utf8), let value = try? JSONDecoder().decode([String].self, from: data) else {
            return []
        }
        return value
    }

    static func encodeLabels(_ labels: [String]) -> String {
        encode(.list(labels.map(PropertyValue.string)))
    }
}
