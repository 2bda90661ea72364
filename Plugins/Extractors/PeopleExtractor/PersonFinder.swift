import DocGraphKit
import Foundation

/// Finds the people a document names, by the shape of the words and general evidence: a first
/// name from a public list followed by a surname, a title or rank before a name ("Chief
/// Constable", "Cllr", "PCSO"), post-nominal letters after it ("MP", "TD"), and words the
/// English dictionary knows as ordinary words ("Grant Scheme" is no person). Names inside an
/// organisation's name are skipped. Roles come from titles, appositions ("X, Chair of Y"),
/// appointments ("X has been appointed as Y") and signature lines.
struct PersonFinder {
    let text: String
    let words: [NameWord]
    let lexicons: PeopleLexicons
    let dictionary: EnglishWords
    /// The Organisation mention each word lies in, if any.
    let organisationAt: [Int: Mention]
    var found: [FoundPerson] = []
    /// The word index up to which names were read: a name may run past its capitalised run
    /// ("Supt. Claire Dunn", "Bryn ap Gwilym"), and the runs it covered are not read again.
    private var consumed = 0

    init(text: String, words: [NameWord], organisations: [Mention], lexicons: PeopleLexicons, dictionary: EnglishWords) {
        self.text = text
        self.words = words
        self.lexicons = lexicons
        self.dictionary = dictionary
        var organisationAt: [Int: Mention] = [:]
        var cursor = 0
        for mention in organisations.sorted(by: { $0.range < $1.range }) {
            while cursor < words.count, words[cursor].range.end <= mention.range.start { cursor += 1 }
            var index = cursor
            while index < words.count, words[index].range.start < mention.range.end {
                organisationAt[index] = mention
                index += 1
            }
        }
        self.organisationAt = organisationAt
    }

    /// Finds every person named, in text order.
    mutating func run() -> [FoundPerson] {
        for chain in NameChain.chains(in: words) { scan(chain.words) }
        findKin()
        return found
    }

    // MARK: Word tests

    func isFree(_ index: Int) -> Bool {
        index >= 0 && index < words.count && organisationAt[index] == nil
    }

    func isGivenName(_ index: Int) -> Bool {
        guard isFree(index) else { return false }
        let word = words[index]
        return word.isCapitalised && !word.isAllCapitals && lexicons.firstNames.contains(word.folded)
    }

    func isSurname(_ index: Int) -> Bool {
        guard isFree(index) else { return false }
        let word = words[index]
        guard word.kind == .word, word.isCapitalised, !word.isAllCapitals, word.stem.count >= 2,
              !word.isCamelCase || word.stem.hasPrefix("Mc") else { return false }
        let folded = word.folded
        return !lexicons.stopWords.contains(folded) && !lexicons.roleWords.contains(folded)
            && !lexicons.organisationWords.contains(folded)
            && !lexicons.postNominals.contains(folded) && !NameChain.connectors.contains(word.text)
            && lexicons.titles.longestMatch(in: words, at: index) == nil
    }

    /// Where the names after a first word end: up to `count` more names, with the particles
    /// between them ("Bryn ap Gwilym").
    private func surnameEnd(after start: Int, limit: Int, words count: Int) -> Int {
        var end = start + 1
        var taken = 0
        while end < limit, taken < count {
            if isSurname(end) {
                end += 1
            } else if isParticle(end), end + 1 < limit, isSurname(end + 1) {
                end += 2
            } else {
                break
            }
            taken += 1
        }
        return end
    }

    /// "ap", "de", "van": the small words inside a surname ("Bryn ap Gwilym").
    func isParticle(_ index: Int) -> Bool {
        isLower(index, ["ap", "ab", "de", "da", "di", "du", "der", "den", "van", "von", "le", "la", "del", "dos", "bin"])
    }

    /// Where the capitalised run starting at a word ends (a title's full stop cuts a run).
    func extent(from index: Int) -> Int {
        var end = index
        while end < words.count, isFree(end), NameChain.isNameWord(words[end]) || isParticle(end) { end += 1 }
        return end
    }

    func isCommon(_ index: Int) -> Bool {
        dictionary.isCommonWord(words[index].folded)
    }

    func isLower(_ index: Int, _ candidates: [String]) -> Bool {
        index >= 0 && index < words.count && words[index].kind == .word && candidates.contains(words[index].text)
    }

    /// The text of a word range, possessive dropped and white space collapsed.
    func name(of range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        let slice = Document.slice(text, TextRange(start: words[first].range.start, end: words[last].stemRange.end))
        return slice.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    // MARK: Chains

    /// Reads one capitalised run: titles, then a name, then post-nominal letters, as often as
    /// the run holds them ("Marcus Jones and Craig Tracey").
    private mutating func scan(_ chain: Range<Int>) {
        guard chain.upperBound > consumed else { return }
        var index = max(chain.lowerBound, consumed)
        var prefixStart = chain.lowerBound
        while index < chain.upperBound {
            guard let parsed = parse(at: index, in: chain) else {
                index += 1
                continue
            }
            var person = parsed.person
            person.roles = prefixRoles(prefixStart..<parsed.titlesStart, titles: parsed.titleRoles)
            person.roles += rolesAfter(titlesStart: parsed.titlesStart, end: parsed.end)
            person.roles += roleBeforeComma(parsed.titlesStart)
            if chain.count > person.words.count + person.titles.count,
               (chain.lowerBound..<chain.upperBound).contains(where: { isLower($0, ["and", "&"]) }) {
                person.isWeak = person.isWeak && !coordinatesWithPerson(chain, except: person.words)
            }
            found.append(person)
            index = parsed.end
            consumed = max(consumed, parsed.end)
            prefixStart = index
            while prefixStart < chain.upperBound, isLower(prefixStart, ["and", "&"]) { prefixStart += 1 }
        }
    }

    /// A person starting at a word: titles, a name, post-nominal letters.
    private func parse(at start: Int, in chain: Range<Int>)
        -> (person: FoundPerson, titlesStart: Int, titleRoles: [FoundRole], end: Int)? {
        var cursor = start
        var titles: [String] = []
        var roles: [FoundRole] = []
        while cursor < chain.upperBound, isFree(cursor), let match = lexicons.titles.longestMatch(in: words, at: cursor),
              match.end <= chain.upperBound {
            let title = lexicons.canonicalTitle(name(of: cursor..<match.end))
            titles.append(title)
            if match.value != "honorific" { roles.append(FoundRole(title: title, bodyKind: match.value)) }
            cursor = match.end
            // "Supt. Claire Dunn": the abbreviation's full stop.
            if cursor < words.count, words[cursor].text == "." { cursor += 1 }
        }
        let chain = chain.lowerBound..<max(chain.upperBound, min(cursor + 4, extent(from: cursor)))
        guard cursor < chain.upperBound else { return nil }
        let core: Range<Int>
        var form: FoundPerson.Form
        if isGivenName(cursor) {
            let end = surnameEnd(after: cursor, limit: chain.upperBound, words: 4)
            core = cursor..<end
            form = end > cursor + 1 ? .full : .given
        } else if !titles.isEmpty, isSurname(cursor) {
            let end = surnameEnd(after: cursor, limit: chain.upperBound, words: 2)
            core = cursor..<end
            form = end > cursor + 1 ? .full : .surname
        } else {
            return nil
        }
        var end = core.upperBound
        while end < chain.upperBound, words[end].isAllCapitals, let kind = lexicons.postNominals.value(of: words[end].folded) {
            titles.append(words[end].stem)
            if kind == "parliament" { roles.append(FoundRole(title: words[end].stem, bodyKind: kind)) }
            end += 1
        }
        let given = form == .full || form == .given ? (isGivenName(core.lowerBound) ? words[core.lowerBound].stem : nil) : nil
        let surname = form == .given ? nil : words[core.upperBound - 1].stem
        let weak = form == .full && titles.isEmpty && isCommon(core.lowerBound) && isCommon(core.upperBound - 1)
        let person = FoundPerson(
            words: core, form: form, name: name(of: core), given: given, surname: surname, titles: titles, roles: [],
            isWeak: weak, confidence: titles.isEmpty ? 0.85 : 0.95)
        return (person, start, roles, end)
    }

    /// True when another name in the same run stands beside this one ("Bob Church and Lucy
    /// Lambert"), which supports a name made of ordinary words.
    private func coordinatesWithPerson(_ chain: Range<Int>, except core: Range<Int>) -> Bool {
        chain.contains { index in
            !core.contains(index) && isGivenName(index) && index + 1 < chain.upperBound && isSurname(index + 1)
                && !(isCommon(index) && isCommon(index + 1))
        }
    }

    /// "dad Jeff": a first name after a family word is a person even with no surname.
    private mutating func findKin() {
        for index in words.indices.dropFirst() where isGivenName(index) && lexicons.kinship.contains(words[index - 1].folded)
            && !words[index - 1].isCapitalised {
            guard !found.contains(where: { $0.words.contains(index) }) else {
                if let position = found.firstIndex(where: { $0.words == index..<index + 1 && $0.form == .given }) {
                    found[position].form = .kin
                }
                continue
            }
            found.append(FoundPerson(
                words: index..<index + 1, form: .kin, name: words[index].stem, given: words[index].stem, surname: nil,
                titles: [], roles: [], isWeak: false, confidence: 0.7))
        }
    }
}

extension PersonFinder {
    /// A surname of a full name of the document standing alone ("Reid said"): a mention
    /// when it is no ordinary English word.
    mutating func addBareSurnames() {
        let surnames = Set(found.filter { $0.form == .full }.compactMap { $0.surname?.lowercased() })
        let taken = Set(found.flatMap { Array($0.words) })
        for index in words.indices where !taken.contains(index) && isSurname(index) {
            let word = words[index]
            guard surnames.contains(word.folded), !dictionary.isCommonWord(word.folded),
                  !(index + 1 < words.count && isSurname(index + 1)), !(index > 0 && isSurname(index - 1)) else { continue }
            found.append(FoundPerson(
                words: index..<index + 1, form: .surname, name: word.stem, given: nil, surname: word.stem, titles: [],
                roles: [], isWeak: false, confidence: 0.7))
        }
    }
}
