import DocGraphKit
import Foundation

extension OrganisationFinder {
    /// After the runs are analysed: "Long Name (ABC)" where the long name is a body found
    /// gives that body its abbreviation, and the bracketed word becomes a mention of it; an
    /// abbreviation defined for anything else ("Multi-Agency Public Protection Arrangements
    /// (MAPPA)") is noted so it is never taken for a body.
    mutating func linkAcronymDefinitions() {
        for (open, acronym) in bracketedAcronyms() {
            let longForm = wordsBefore(open)
            guard matchedLength(of: acronym, against: longForm) != nil else { continue }
            guard let bodyIndex = found.firstIndex(where: { $0.words.upperBound == longForm.upperBound && $0.refersTo == nil })
            else {
                otherAcronyms.insert(acronym)
                continue
            }
            found[bodyIndex].acronym = acronym
            record(open + 1..<open + 2, kind: found[bodyIndex].kind, confidence: 0.95, refersTo: found[bodyIndex].name)
        }
    }

    /// Bracketed capitals: the index of the opening bracket and the abbreviation (a plural
    /// `s` dropped).
    func bracketedAcronyms() -> [(Int, String)] {
        var result: [(Int, String)] = []
        for index in words.indices.dropLast(2) where words[index].text == "(" && words[index + 2].text == ")" {
            let word = words[index + 1]
            if word.isAllCapitals { result.append((index, word.stem)) }
            else if word.isPluralAcronym { result.append((index, String(word.stem.dropLast()))) }
        }
        return result
    }

    /// The words before an opening bracket on its line, up to eight, skipping at most two
    /// lower-case words that follow the name ("Alliance Governance Group meeting (AGG)").
    private func wordsBefore(_ open: Int) -> Range<Int> {
        var end = open
        var skipped = 0
        while end > 0, skipped < 2, words[end - 1].kind == .word, !NameChain.isNameWord(words[end - 1]) {
            end -= 1
            skipped += 1
        }
        if end > 0, !NameChain.isNameWord(words[end - 1]) { end = open }
        var start = end
        while start > 0, end - start < 8, words[start - 1].kind == .word { start -= 1 }
        return start..<end
    }

    /// How many words at the end of a range an abbreviation's letters are the initials of,
    /// small words skipped, hyphenated parts counted apart; `nil` when they are not.
    func matchedLength(of acronym: String, against range: Range<Int>) -> Int? {
        let letters = Array(acronym.uppercased().filter(\.isLetter))
        guard letters.count >= 2 else { return nil }
        var initials: [Character] = []
        var used = 0
        for index in range.reversed() {
            let word = words[index]
            used += 1
            if NameChain.connectors.contains(word.text.lowercased()) || ["a", "to", "in"].contains(word.text) { continue }
            let parts = word.stem.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" })
            for part in parts.reversed() {
                if let first = part.first { initials.insert(Character(first.uppercased()), at: 0) }
            }
            if initials.count >= letters.count { break }
        }
        return initials == letters ? used : nil
    }

    /// The initials of a name's words, small words skipped and hyphenated parts counted apart
    /// ("Her Majesty's Inspectorate of Constabulary" gives HMIC).
    func initials(of range: Range<Int>) -> String {
        var result = ""
        for index in range where words[index].kind == .word {
            let word = words[index]
            if NameChain.connectors.contains(word.text.lowercased()) || ["a", "to", "in"].contains(word.text) { continue }
            for part in word.stem.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" }) {
                if let first = part.first { result += first.uppercased() }
            }
        }
        return result
    }

    /// Lone capitals and camel-case names not yet explained: a body when the abbreviation
    /// matches the initials of a body found in the document (or the end of one, "Leamington
    /// SNT"), when a role or body word follows it ("IPCC Assistant Commissioner", "OPCC
    /// offices"), when it is possessive ("IBM's"), or when it has three letters or more and is
    /// no English word; a camel-case name the dictionary does not know is a company.
    mutating func findBareAcronymsAndCamelCase() {
        // Each body's name once, with the initials of its words.
        var bodies: [(body: FoundOrganisation, initials: String)] = []
        var names = Set<String>()
        for body in found where body.refersTo == nil && body.words.count > 1 && names.insert(body.name).inserted {
            bodies.append((body, initials(of: body.words)))
        }
        for index in words.indices where !covered.contains(index) {
            let word = words[index]
            if word.isCamelCase, !word.stem.contains(where: \.isNumber), !isHandle(index), !dictionary.isProperNoun(word.stem),
               !dictionary.isCommonWord(word.stem) {
                record(index..<index + 1, kind: "company", confidence: 0.6)
                continue
            }
            guard isBodyAcronymShape(index), !isTextKeyword(index) else { continue }
            let letters = word.stem.uppercased()
            if let (body, bodyInitials) = bodies.first(where: { $0.initials.hasSuffix(letters) }) {
                var start = index
                while start > 0, !covered.contains(start - 1), words[start - 1].isCapitalised, !words[start - 1].isAllCapitals,
                      !lexicons.stopWords.contains(words[start - 1].folded), !dictionary.isCommonWord(words[start - 1].folded) {
                    start -= 1
                }
                if start < index {
                    // "Leamington SNT": a place and the initials of a kind of body.
                    record(start..<index + 1, kind: body.kind, confidence: 0.75)
                    continue
                }
                if bodyInitials == letters {
                    record(index..<index + 1, kind: body.kind, confidence: 0.85, refersTo: body.name)
                    continue
                }
            }
            let next = index + 1 < words.count ? index + 1 : index
            let followedByRole = next != index && (lexicons.roleWords.longestMatch(in: words, at: next) != nil
                || lexicons.contextNouns.contains(words[next].folded) || roleChainStarts(at: next))
            if word.isPossessive || followedByRole || word.stem.count >= 3 {
                record(index..<index + 1, kind: "other", confidence: word.stem.count >= 3 ? 0.6 : 0.7)
            }
        }
    }

    /// "Text HOMM to 85888": a keyword to send by text message, not a body.
    private func isTextKeyword(_ index: Int) -> Bool {
        let before = index > 0 ? words[index - 1].folded : ""
        let textsBefore = ["text", "texting", "txt", "sms"].contains(before)
        let numberAfter = index + 2 < words.count && words[index + 1].text == "to" && words[index + 2].kind == .number
        return textsBefore || numberAfter
    }

    /// True when a capitalised run starting at the index ends in a role word ("Assistant
    /// Commissioner").
    private func roleChainStarts(at index: Int) -> Bool {
        var end = index
        while end < words.count, words[end].isCapitalised, end - index < 4 { end += 1 }
        return end > index && lexicons.roleWords.contains(words[end - 1].folded)
    }
}
