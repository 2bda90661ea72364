import Foundation

/// Turns bytes in a named charset into a String, replacing what cannot be decoded and counting
/// the replacements so a reader can warn about them instead of failing.
public enum TextDecoding {
    /// A decoded text and the number of invalid byte sequences replaced by U+FFFD.
    public struct Decoded: Sendable, Hashable {
        public var text: String
        public var replacements: Int

        public init(text: String, replacements: Int) {
            self.text = text
            self.replacements = replacements
        }

        /// The warning a reader passes on when bytes were replaced, or `nil` when none were.
        public var warning: String? {
            guard replacements > 0 else { return nil }
            return "invalid UTF-8 replaced with U+FFFD at \(replacements) \(replacements == 1 ? "place" : "places")"
        }
    }

    /// The charsets the readers decode, by the names MIME and HTML use for them.
    public enum Charset: Sendable, Hashable {
        case utf8, latin1, windows1252, latin9, utf16LittleEndian, utf16BigEndian

        /// The charset a MIME or HTML label names, or `nil` for labels not known here. Labels
        /// are compared case-insensitively; `us-ascii` decodes as UTF-8, of which it is a subset.
        public init?(label: String) {
            let name = label.trimmingCharacters(in: CharacterSet(charactersIn: "\"' \t")).lowercased()
            switch name {
            case "utf-8", "utf8", "us-ascii", "ascii", "unicode-1-1-utf-8": self = .utf8
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "cp819": self = .latin1
            case "windows-1252", "cp1252", "x-cp1252": self = .windows1252
            case "iso-8859-15", "iso8859-15", "latin9", "latin-9": self = .latin9
            case "utf-16le": self = .utf16LittleEndian
            case "utf-16be", "utf-16": self = .utf16BigEndian
            default: return nil
            }
        }
    }

    /// Decodes bytes in a charset. UTF-8 input loses a leading byte-order mark; invalid sequences
    /// become U+FFFD and are counted. Single-byte charsets decode every byte.
    public static func decode(_ bytes: some Collection<UInt8>, as charset: Charset) -> Decoded {
        switch charset {
        case .utf8:
            return decodeUTF8(bytes)
        case .latin1:
            return Decoded(text: String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })), replacements: 0)
        case .windows1252:
            return Decoded(text: String(String.UnicodeScalarView(bytes.map(windows1252Scalar))), replacements: 0)
        case .latin9:
            return Decoded(text: String(String.UnicodeScalarView(bytes.map(latin9Scalar))), replacements: 0)
        case .utf16LittleEndian, .utf16BigEndian:
            return decodeUTF16(Array(bytes), bigEndian: charset == .utf16BigEndian)
        }
    }

    /// Decodes bytes that should be UTF-8, replacing and counting invalid sequences.
    public static func decodeUTF8(_ bytes: some Collection<UInt8>) -> Decoded {
        var body = Array(bytes)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if let valid = String(validating: body, as: UTF8.self) {
            return Decoded(text: valid, replacements: 0)
        }
        var scalars = String.UnicodeScalarView()
        var replacements = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
            case .error:
                replacements += 1
                scalars.append(Unicode.Scalar.replacement)
            case .emptyInput:
                break loop
            }
        }
        return Decoded(text: String(scalars), replacements: replacements)
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? index : index + 1])
            let low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        if units.first == 0xFEFF { units.removeFirst() }
        var scalars = String.UnicodeScalarView()
        var replacements = bytes.count % 2
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): scalars.append(Unicode.UTF16.decode(encoded))
            case .error:
                replacements += 1
                scalars.append(Unicode.Scalar.replacement)
            case .emptyInput: break loop
            }
        }
        return Decoded(text: String(scalars), replacements: replacements)
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80...0x9F.
    private static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(table[Int(byte) - 0x80]) ?? Unicode.Scalar(byte)
    }

    /// ISO-8859-15: Latin-1 with the euro sign and a few French and Finnish letters.
    private static func latin9Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let replaced: [UInt8: UInt32] = [
            0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
        ]
        return replaced[byte].flatMap(Unicode.Scalar.init) ?? Unicode.Scalar(byte)
    }
}

extension Unicode.Scalar {
    /// U+FFFD, put where bytes could not be decoded.
    static let replacement: Unicode.Scalar = "\u{FFFD}"
}
