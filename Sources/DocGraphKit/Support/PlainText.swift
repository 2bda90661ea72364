/// Small text operations on UTF-8 bytes that the readers run on every line or every document,
/// where Foundation's versions would bridge to UTF-16 and the standard library's full Unicode
/// case mapping would read every character.
enum PlainText {
    /// The text with the spaces and tabs at either end removed: Unicode space separators
    /// (category Zs), U+0009 and the zero-width space U+200B, what
    /// `trimmingCharacters(in: .whitespaces)` removes here.
    static func trimmingSpaces(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        // Copied as bytes: the ends are scalar boundaries of valid UTF-8.
        return String(decoding: text.utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }

    /// True for a space or tab: ASCII answered at once, the rest by Unicode category.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || scalar == "\t" }
        return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// The text with ASCII capitals made small and every other character left as it is: enough
    /// to search it for ASCII phrases without regard to case.
    static func asciiLowercased(_ text: some StringProtocol) -> String {
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] >= UInt8(ascii: "A") && bytes[index] <= UInt8(ascii: "Z") {
            bytes[index] |= 0x20
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
