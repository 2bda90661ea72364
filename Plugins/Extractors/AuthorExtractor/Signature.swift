import DocGraphKit

/// A name line followed by a role line, as a document's author signs it:
/// "Name TD / Warwickshire Police and Crime Commissioner" at the foot of a letter, or
/// "Name / Police and Crime / Commissioner / for Warwickshire" at the head of a report.
struct Signature: Hashable, Sendable {
    /// The words of the name, without honorifics.
    var name: TextRange
    /// Honorifics after the name, as written ("TD").
    var honorifics: [String]
    /// The whole signature, from the name to the end of the role.
    var range: TextRange
    /// The role, on one line with single spaces and without emphasis marks.
    var role: String
    /// The role phrase the lexicon knows inside `role`, normalised ("police and crime commissioner").
    var roleCore: [String]
}

/// Finds signatures in a document's lines.
struct SignatureFinder {
    let lexicon: AuthorLexicon
    /// The most lines a role may run over below the name.
    static let roleLines = 3
    /// The most words a role line may have: longer lines are prose, not a signature.
    static let roleWords = 12

    /// Every signature in the text, in order. `isName` tells whether a range of a line may be
    /// the name (a Person mention's range counts, or capitalised words).
    func signatures(in document: Document, annotations: Annotations) -> [Signature] {
        let lines = TextLines(document.text)
        var found: [Signature] = []
        for index in lines.indices {
            guard let (name, honorifics) = nameRange(of: lines[index], in: document, annotations: annotations) else { continue }
            var roleText = ""
            for next in (index + 1)..<min(lines.count, index + 1 + SignatureFinder.roleLines) {
                let line = lines[next]
                let text = TextLines.plain(document.text(in: line))
                if text.isEmpty { break }
                roleText = roleText.isEmpty ? text : roleText + " " + text
                let words = PhraseList.words(of: roleText)
                guard words.count <= SignatureFinder.roleWords else { break }
                if let core = lexicon.roles.firstMatch(in: words) {
                    var end = line.end
                    if next + 1 < lines.count, let area = areaLine(lines[next + 1], in: document) {
                        roleText += " " + area
                        end = lines[next + 1].end
                    }
                    found.append(Signature(
                        name: name, honorifics: honorifics, range: TextRange(start: lines[index].start, end: end),
                        role: roleText, roleCore: Array(words[core])))
                    break
                }
            }
        }
        return found
    }

    /// A line that finishes a role with the area it covers ("for Warwickshire").
    private func areaLine(_ line: TextRange, in document: Document) -> String? {
        let text = TextLines.plain(document.text(in: line))
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), let first = words.first, ["for", "of"].contains(first),
              words.dropFirst().allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return text
    }

    private static func isEmphasisMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "#")
    }

    /// True when `text` holds nothing but the tokens' text, white space and emphasis marks.
    private static func holdsOnly(_ tokens: [Token], text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            let rest = text.filter { !$0.isWhitespace && !"*_#".contains($0) }
            return rest == tokens.map(\.text).joined()
        }
        // ASCII: white space is bytes 0x09-0x0D and the space, as Character.isWhitespace has it.
        var remaining = utf8.lazy.filter { byte in !(byte == 0x20 || (0x09...0x0D).contains(byte) || isEmphasisMark(byte)) }
            .makeIterator()
        for token in tokens {
            for byte in token.text.utf8 where remaining.next() != byte { return false }
        }
        return remaining.next() == nil
    }

    /// The name on a line that holds nothing else but honorifics, if it is one.
    private func nameRange(
        of line: TextRange, in document: Document, annotations: Annotations
    ) -> (TextRange, [String])? {
        let lineTokens = annotations.tokens(inside: line)
        // A number or punctuation (emphasis marks aside) on the line makes it more than a name.
        guard lineTokens.allSatisfy({ $0.kind == .word || $0.text.utf8.allSatisfy(Self.isEmphasisMark) }) else { return nil }
        let tokens = lineTokens.filter { $0.kind == .word }
        guard !tokens.isEmpty else { return nil }
        var nameTokens = tokens[...]
        var honorifics: [String] = []
        while let last = nameTokens.last, nameTokens.count > 1,
              lexicon.honorifics.contains([PhraseList.normalise(last.text)]) {
            honorifics.insert(last.text, at: 0)
            nameTokens = nameTokens.dropLast()
        }
        guard let first = nameTokens.first, let last = nameTokens.last else { return nil }
        let range = TextRange(start: first.range.start, end: last.range.end)
        guard Self.holdsOnly(tokens, text: document.text(in: line)) else { return nil }
        if annotations.mentions(inside: line).contains(where: { $0.label == GraphVocabulary.person && $0.range.overlaps(range) }) {
            return (range, honorifics)
        }
        let looksLikeName = (2...4).contains(nameTokens.count) && nameTokens.allSatisfy { token in
            token.text.unicodeScalars.first?.isUppercaseScalar == true
                && token.text.unicodeScalars.dropFirst().contains { $0.isLowercaseScalar }
                && !lexicon.roles.contains([PhraseList.normalise(token.text)])
        }
        return looksLikeName ? (range, honorifics) : nil
    }
}
