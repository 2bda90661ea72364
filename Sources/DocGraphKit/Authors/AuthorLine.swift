import Foundation

/// One line of a document as the author rule reads it: its words with their UTF-8 ranges,
/// markdown emphasis (`**`, `__`, `#`) left out.
struct AuthorLine: Hashable, Sendable {
    struct Word: Hashable, Sendable {
        var text: String
        var range: TextRange
    }

    var words: [Word]

    /// Title lines are short: a letterhead breaks a title over lines of a few words each.
    static let maxTitleLineWords = 8

    /// The lines of a text, split at line feeds.
    static func lines(of text: String) -> [AuthorLine] {
        var lines: [AuthorLine] = []
        var words: [Word] = []
        var wordStart: Int?
        var offset = 0
        var scalars = String.UnicodeScalarView()
        func finishWord() {
            guard let start = wordStart else { return }
            let (trimmed, range) = trim(String(scalars), start: start)
            if !trimmed.isEmpty { words.append(Word(text: trimmed, range: range)) }
            wordStart = nil
            scalars = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if scalar == "\n" {
                finishWord()
                lines.append(AuthorLine(words: words))
                words = []
            } else if scalar.properties.isWhitespace {
                finishWord()
            } else {
                if wordStart == nil { wordStart = offset }
                scalars.append(scalar)
            }
            offset += width
        }
        finishWord()
        lines.append(AuthorLine(words: words))
        return lines
    }

    /// A word without the emphasis marks around it, and its range.
    private static func trim(_ word: String, start: Int) -> (String, TextRange) {
        let marks: Set<Unicode.Scalar> = ["*", "_", "#"]
        let scalars = Array(word.unicodeScalars)
        var first = 0
        var last = scalars.count
        while first < last, marks.contains(scalars[first]) { first += 1 }
        while last > first, marks.contains(scalars[last - 1]) { last -= 1 }
        let leading = scalars[..<first].reduce(0) { $0 + UTF8.width($1) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first..<last])
        let text = String(kept)
        let begin = start + leading
        return (text, TextRange(start: begin, end: begin + text.utf8.count))
    }

    /// The personal name the line consists of, without post-nominal letters: two to four
    /// capitalised words, none of them a title word.
    func personalName(titles: Set<String>) -> (text: String, range: TextRange)? {
        var names = words[...]
        while let last = names.last, names.count > 2, Self.isPostNominal(last.text) { names = names.dropLast() }
        guard (2...4).contains(names.count), names.count + 2 >= words.count,
              words[names.endIndex...].allSatisfy({ Self.isPostNominal($0.text) }) else { return nil }
        guard names.allSatisfy({ Self.isNameWord($0.text) && !titles.contains($0.text.lowercased()) }) else { return nil }
        guard let first = names.first, let last = names.last else { return nil }
        let text = names.map(\.text).joined(separator: " ")
        guard Self.longestTitle(in: names.map(\.text), titles: titles) == nil else { return nil }
        return (text, TextRange(start: first.range.start, end: last.range.end))
    }

    /// A capitalised word of letters, apostrophes and hyphens with at least one lower-case letter.
    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        let allowed = word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "'" || $0 == "\u{2019}" || $0 == "-" }
        return allowed && word.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// Letters such as `TD`, `MP`, `OBE` or `QPM`: two to four capitals.
    static func isPostNominal(_ word: String) -> Bool {
        (2...4).contains(word.unicodeScalars.count) && word.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }

    /// The longest title of the list spelt by consecutive words, in the words' own case.
    static func longestTitle(in words: [String], titles: Set<String>) -> String? {
        let lower = words.map { $0.lowercased().trimmingPunctuation }
        let longest = titles.reduce(0) { max($0, $1.split(separator: " ").count) }
        var best: (start: Int, count: Int)?
        for start in lower.indices {
            for count in stride(from: min(longest, lower.count - start), through: 1, by: -1)
            where titles.contains(lower[start..<(start + count)].joined(separator: " ")) {
                if count > (best?.count ?? 0) { best = (start, count) }
                break
            }
        }
        guard let best else { return nil }
        return words[best.start..<(best.start + best.count)].map(\.trimmingPunctuation).joined(separator: " ")
    }

    /// The personal name in an `author` metadata value such as `Jane Smith <jane@example.org>`.
    static func personalName(inMetadata value: String) -> String? {
        let name = value.split(separator: "<").first.map(String.init) ?? value
        let words = name.split(whereSeparator: \.isWhitespace).map { String($0).trimmingPunctuation }
        guard (2...4).contains(words.count), words.allSatisfy(isNameWord) else { return nil }
        return words.joined(separator: " ")
    }

    /// The UTF-8 range of the first place a name is written, ignoring case.
    static func firstRange(of name: String, in text: String) -> TextRange? {
        guard let found = text.range(of: name, options: .caseInsensitive) else { return nil }
        let start = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
        return TextRange(start: start, end: start + text[found].utf8.count)
    }
}

extension String {
    /// The string without leading and trailing punctuation (`Commissioner**,` is `Commissioner`).
    fileprivate var trimmingPunctuation: String {
        let scalars = Array(unicodeScalars)
        var first = 0
        var last = scalars.count
        while first < last, !scalars[first].properties.isAlphabetic, !scalars[first].properties.isWhitespace,
              scalars[first].properties.numericType == nil { first += 1 }
        while last > first, !scalars[last - 1].properties.isAlphabetic, scalars[last - 1].properties.numericType == nil {
            last -= 1
        }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first..<last])
        return String(kept)
    }
}
