import Foundation

/// Where JSON text stops parsing, in words a person can act on.
enum JSONSyntax {
    /// "line 3, column 14: invalid value", "it ends too early", or `nil` when the parser does
    /// not say.
    static func whereInvalid(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            if detail.hasPrefix("Unexpected end of file") { return "it ends too early" }
            guard let marker = detail.range(of: "around character "),
                  let offset = Int(detail[marker.upperBound...].prefix { $0.isNumber })
            else { return nil }
            let (line, column) = lineAndColumn(ofByte: offset, in: data)
            return "line \(line), column \(column): unexpected text"
        }
    }

    /// One-based line and column of a byte offset.
    static func lineAndColumn(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in data.prefix(max(0, offset)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
