import Foundation

/// Reading the text files of a rule pack: one place that handles encodings and line ends.
enum RulePackText {
    /// The file's text; a missing or unreadable file is an error pointing at the line of pack.yaml
    /// that names it.
    static func read(_ url: URL, namedAt manifest: String, line: Int) throws(ConfigurationError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigurationError(file: manifest, line: line, message: "file '\(url.path)' does not exist or cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: url.path, line: nil, message: "is not UTF-8 text; save it as UTF-8")
        }
        return text
    }

    /// The lines of a text, without their line ends (`\n` or `\r\n`) or a leading byte-order mark.
    static func lines(of text: String) -> [String] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }
}
