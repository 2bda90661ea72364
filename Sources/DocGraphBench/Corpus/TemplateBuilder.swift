/// Turns a line of a seed document into a template: runs of capitalised words that read as a
/// person, a place or a body, and month and year words, become slots; everything else stays.
///
/// It works from general cues only (titles before names, organisation words after a place,
/// prepositions before a place, the shape of a name), so it finds the slots in any English
/// newsletter, not only the seeds.
struct TemplateBuilder {
    /// The year that year slots are offsets from.
    static let referenceYear = 2017

    func template(for line: String) -> [TemplatePiece] {
        var pieces: [TemplatePiece] = []
        let tokens = Self.tokens(of: line)
        var index = 0
        var previousWord: String?
        while index < tokens.count {
            let token = tokens[index]
            guard Self.startsRun(token) else {
                pieces.append(.text(token))
                if token.first?.isLetter == true { previousWord = token }
                index += 1
                continue
            }
            var run = [token]
            var next = index + 1
            // A run goes on over single spaces, and over a connector between capitalised words.
            while next + 1 < tokens.count, tokens[next] == " ", Self.possessiveCut(run[run.count - 1]) == nil {
                let word = tokens[next + 1]
                if Self.startsRun(word), !Self.isYear(word), !Self.isYear(run[run.count - 1]) {
                    run.append(word)
                    next += 2
                } else if TemplateWords.connectors.contains(word), next + 3 < tokens.count, tokens[next + 2] == " ",
                          Self.startsRun(tokens[next + 3]) {
                    run += [word, tokens[next + 3]]
                    next += 4
                } else {
                    break
                }
            }
            pieces += Self.pieces(for: run, after: previousWord)
            previousWord = run.last
            index = next
        }
        return Self.merged(pieces)
    }

    /// The slots and text of one run of capitalised words.
    static func pieces(for run: [String], after previous: String?) -> [TemplatePiece] {
        if run.count == 1, isYear(run[0]), let year = Int(run[0]) {
            return [.year(offset: year - referenceYear)]
        }
        if run.count == 1, let month = TemplateWords.months.firstIndex(of: run[0]) {
            return [.month(month)]
        }
        var words = run
        var suffix = ""
        if let last = words.last, let cut = possessiveCut(last) {
            words[words.count - 1] = String(last[..<cut])
            suffix = String(last[cut...])
        }
        var leading: [TemplatePiece] = []
        while words.count > 1, TemplateWords.common.contains(words[0]) {
            leading += [.text(words[0]), .text(" ")]
            words.removeFirst()
        }
        var tail: [TemplatePiece] = suffix.isEmpty ? [] : [.text(suffix)]
        while words.count > 1, let last = words.last, TemplateWords.postNominals.contains(last) {
            tail.insert(.text(" " + last), at: 0)
            words.removeLast()
        }
        return leading + split(words, after: leading.isEmpty ? previous : nil) + tail
    }

    /// The slots of a run, splitting off a trailing name ("Crime Advisor Jane Smith") and parts
    /// joined by a connector that are not one body's name ("Jane Smith and Tom Brown").
    static func split(_ words: [String], after previous: String?) -> [TemplatePiece] {
        let titleCount = words.prefix { TemplateWords.titles.contains($0) }.count
        let isTitledName = titleCount > 0 && (1...3).contains(words.count - titleCount)
            && words[titleCount...].allSatisfy(TemplateWords.isNameLike)
        if !isTitledName, words.count >= 3, words.suffix(2).allSatisfy(TemplateWords.isNameLike),
           !TemplateWords.isNameLike(words[words.count - 3]), !TemplateWords.connectors.contains(words[words.count - 3]) {
            let name = Array(words.suffix(2))
            let head = split(Array(words.dropLast(2)), after: previous)
            return head + [.text(" "), .person(key: name[1], title: "", words: 2)]
        }
        let pieces = slot(for: words, after: previous)
        // Split at a connector when what follows names no body, or when nothing else matched.
        let connector = words.indices.first { index in
            index > 0 && TemplateWords.connectors.contains(words[index])
                && (!pieces.contains(where: \.isSlotOtherThanPlace)
                    || !words[(index + 1)...].contains(where: TemplateWords.organisationWords.contains))
        }
        guard let connector else { return pieces }
        return split(Array(words[..<connector]), after: previous) + [.text(" \(words[connector]) ")]
            + split(Array(words[(connector + 1)...]), after: nil)
    }

    private static func slot(for words: [String], after previous: String?) -> [TemplatePiece] {
        // Words kept, but a county-like word ("-shire") is a place wherever it stands.
        let verbatim = merged(words.enumerated().flatMap { index, word -> [TemplatePiece] in
            let piece: TemplatePiece = word.hasSuffix("shire") && TemplateWords.isNameLike(word) ? .place(key: word) : .text(word)
            return index == 0 ? [piece] : [.text(" "), piece]
        })
        if let body = words.firstIndex(where: TemplateWords.organisationWords.contains) {
            let lead = words[..<body]
            guard !lead.isEmpty, lead.count <= 3, lead.allSatisfy(TemplateWords.isNameLike) else { return verbatim }
            return [.organisation(key: lead.joined(separator: " "), tail: words[body...].joined(separator: " "))]
        }
        let titleCount = words.prefix { TemplateWords.titles.contains($0) }.count
        let name = words[titleCount...]
        guard !name.isEmpty, name.count <= 3, name.allSatisfy(TemplateWords.isNameLike), let last = name.last else {
            return verbatim
        }
        if titleCount > 0 || name.count >= 2 {
            return [.person(key: last, title: words[..<titleCount].joined(separator: " "), words: name.count)]
        }
        if let previous, TemplateWords.placePrepositions.contains(previous) || last.hasSuffix("shire") {
            return [.place(key: last)]
        }
        return verbatim
    }

    /// Where a possessive ending ('s or ’s) starts in a word, if it has one.
    static func possessiveCut(_ word: String) -> String.Index? {
        for ending in ["'s", "\u{2019}s"] where word.hasSuffix(ending) && word.count > ending.count {
            return word.index(word.endIndex, offsetBy: -ending.count)
        }
        return nil
    }

    static func startsRun(_ token: String) -> Bool {
        guard token != "I", let first = token.unicodeScalars.first else { return false }
        return first.properties.isUppercase || isYear(token)
    }

    static func isYear(_ token: String) -> Bool {
        guard token.count == 4, let value = Int(token) else { return false }
        return (1990...2039).contains(value)
    }

    /// Words (letters, digits, apostrophes and hyphens inside) and single other characters.
    static func tokens(of line: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in line {
            if character.isLetter || character.isNumber
                || (!word.isEmpty && (character == "'" || character == "\u{2019}" || character == "-")) {
                word.append(character)
            } else {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(String(character))
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    /// Joins neighbouring text pieces.
    static func merged(_ pieces: [TemplatePiece]) -> [TemplatePiece] {
        var result: [TemplatePiece] = []
        for piece in pieces {
            if case .text(let more) = piece, case .text(let text)? = result.last {
                result[result.count - 1] = .text(text + more)
            } else {
                result.append(piece)
            }
        }
        return result
    }
}
