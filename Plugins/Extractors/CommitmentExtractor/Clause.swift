import DocGraphKit

/// A clause of a sentence: the run of words between clause boundaries, with the tokens it
/// came from (the date rules read tokens).
struct Clause: Sendable {
    var words: [ClauseWord]
    var tokens: [Token]

    /// The lower-cased words.
    var lower: [String] { words.map(\.lower) }

    /// From the first word's start to the last word's end.
    var range: TextRange? {
        guard let first = words.first, let last = words.last else { return nil }
        return TextRange(start: first.range.start, end: last.range.end)
    }

    /// The clauses of a sentence's tokens. A clause ends at a semicolon, colon, dash or
    /// bracket; at a comma before a clause-opening word ("..., but", "..., so", "..., with");
    /// and before "and" or "but" when a subject follows ("... and I will continue"). The
    /// opening word is left out of the clause it opens.
    static func clauses(of tokens: some Collection<Token>, lexicon: CommitmentLexicon) -> [Clause] {
        var clauses: [Clause] = []
        var current = Clause(words: [], tokens: [])
        var quoted = false
        let list = Array(tokens)
        func close() {
            if !current.words.isEmpty { clauses.append(current) }
            current = Clause(words: [], tokens: [])
        }
        var index = 0
        while index < list.count {
            let token = list[index]
            let text = token.text
            if token.kind == .punctuation || token.kind == .symbol {
                if text == "\u{201C}" { quoted = true } else if text == "\u{201D}" { quoted = false } else if text == "\"" {
                    quoted.toggle()
                }
                if Self.breakingMarks.contains(text) {
                    close()
                } else if text == ",", let next = list[(index + 1)...].first(where: { $0.kind == .word }),
                          lexicon.clauseBreaks.contains([next.text.lowercased()]) {
                    close()
                    index = (list[(index + 1)...].firstIndex { $0.kind == .word } ?? index) + 1
                    continue
                }
                index += 1
                continue
            }
            let words = ClauseWord.words(of: token, quoted: quoted)
            if ["and", "but"].contains(words.first?.lower), !current.words.isEmpty,
               opensClause(after: index, in: list, lexicon: lexicon) {
                close()
                index += 1
                continue
            }
            current.words += words
            current.tokens.append(token)
            index += 1
        }
        close()
        return clauses
    }

    /// Punctuation that always ends a clause.
    static let breakingMarks: Set<String> = [";", ":", "-", "\u{2013}", "\u{2014}", "(", ")"]

    /// True when the words after a token start with a clause subject ("and I will").
    private static func opensClause(after index: Int, in tokens: [Token], lexicon: CommitmentLexicon) -> Bool {
        let following = tokens[(index + 1)...].prefix(3).filter { $0.kind == .word }
            .flatMap { ClauseWord.expand(ClauseWord.normalised($0.text)) }
        return lexicon.clauseSubjects.match(at: 0, in: Array(following)) != nil
    }
}
