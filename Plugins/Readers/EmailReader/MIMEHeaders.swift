import Foundation

/// The header fields of a message or part, unfolded, looked up by name case-insensitively.
struct MIMEHeaders {
    private var fields: [(name: String, value: String)] = []

    init(_ text: String) {
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.first == " " || line.first == "\t", !fields.isEmpty {
                fields[fields.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                fields.append((name, line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)))
            }
        }
    }

    /// The first field with the name, if any.
    func value(of name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// The value before any `;` parameters, trimmed.
    static func mainValue(_ field: String) -> String {
        String(field.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces)
    }

    /// A `name=value` parameter of a structured field, unquoted; `name*=charset''value` (RFC
    /// 2231) is read too, with its percent-escapes undone.
    static func parameter(_ name: String, in field: String) -> String? {
        for piece in splitParameters(field).dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if key == name {
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
                return value.replacingOccurrences(of: "\\\"", with: "\"")
            }
            if key == name + "*", let quote = value.range(of: "'", options: .backwards) {
                value = String(value[quote.upperBound...])
                return value.removingPercentEncoding ?? value
            }
        }
        return nil
    }

    /// The `;`-separated pieces of a field, with `;` inside quotes kept.
    private static func splitParameters(_ field: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in field {
            if character == "\"" { quoted.toggle() }
            if character == ";", !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces
    }
}
