import DocGraphKit

extension PersonFinder {
    /// Roles from the words before a name: a role run ("Cyber Crime Advisor Sam Slemensek") and
    /// an area before an office ("Warwickshire Police and Crime Commissioner Jane Smith",
    /// "Staffordshire's PCC Matthew Ellis").
    func prefixRoles(_ prefix: Range<Int>, titles: [FoundRole]) -> [FoundRole] {
        var roles = titles
        let free = prefix.filter { isFree($0) }
        if let last = free.last, lexicons.roleWords.contains(words[last].folded), let first = free.first {
            let range = first..<(last + 1)
            roles.insert(role(titled: range, organisation: organisationIn(prefix)), at: 0)
            return roles
        }
        var area: String?
        if !prefix.isEmpty, prefix.allSatisfy({ isFree($0) && NameChain.isNameWord(words[$0]) }) {
            area = name(of: prefix)
        } else if let start = prefix.first.map({ $0 - 1 }) ?? nil, start >= 0, words[start].isPossessive,
                  words[start].isCapitalised {
            area = words[start].stem
        }
        if let area { roles = roles.map { role in var role = role; role.area = role.area ?? area; return role } }
        return roles
    }

    /// Roles stated after a name: an appointment ("has been appointed as Policy and Research
    /// Officer ... for the OPCC"), an apposition ("Alan Reid, the Police and Crime
    /// Commissioner for West Mercia") or a signature's next lines.
    func rolesAfter(titlesStart: Int, end: Int) -> [FoundRole] {
        guard end < words.count else { return [] }
        if let appointment = lexicons.appointments.longestMatch(in: words, at: end) {
            var start = appointment.end
            if isLower(start, ["as"]) { start += 1 }
            if let role = roleRun(from: start, sentenceOrganisation: true) { return [role] }
            return []
        }
        if words[end].text == ",", let role = apposition(from: end + 1) { return [role] }
        if words[end].kind == .lineBreak, startsLine(titlesStart),
           let role = signatureRole(from: end + 1) {
            return [role]
        }
        return []
    }

    /// "new chair, Councillor Nicola Davies": a role word and a comma before the name; the
    /// body is the nearest organisation earlier in the sentence.
    func roleBeforeComma(_ titlesStart: Int) -> [FoundRole] {
        guard titlesStart >= 2, words[titlesStart - 1].text == ",", isFree(titlesStart - 2),
              lexicons.roleWords.contains(words[titlesStart - 2].folded) else { return [] }
        var start = titlesStart - 2
        while start > 0, titlesStart - 2 - start < 4, isFree(start - 1), words[start - 1].kind == .word,
              NameChain.isNameWord(words[start - 1]) || lexicons.roleWords.contains(words[start - 1].folded) {
            start -= 1
        }
        // "the son of a police officer, Alex": the role is someone else's, inside an "of" phrase.
        var look = start - 1
        while look >= 0, start - look <= 4, words[look].kind == .word, !NameChain.isNameWord(words[look]) {
            if isLower(look, ["of"]) { return [] }
            look -= 1
        }
        var role = role(titled: start..<(titlesStart - 1), organisation: nil)
        role.organisation = sentenceSubject(before: start)?.id
        return [role]
    }

    // MARK: Pieces

    /// An apposition after a comma: up to the clause's end, a role ending in a role word,
    /// with the body named in it or the area after "for".
    private func apposition(from start: Int) -> FoundRole? {
        var cursor = start
        while isLower(cursor, ["the", "a", "an", "our", "my", "his", "her", "their", "its"]) { cursor += 1 }
        var end = cursor
        while end < words.count, end - cursor < 16, words[end].kind == .word || words[end].text == "&" || words[end].text == "-" {
            end += 1
        }
        var nextPerson: Int?
        if let next = (cursor..<end).first(where: { startsPerson(at: $0) }) {
            end = next
            nextPerson = next
        }
        let clause = cursor..<end
        guard let roleEnd = clause.last(where: { isFree($0) && isRoleWord($0) }) else { return nil }
        // "..., Cyber Crime Advisor Alex Gloster": the role belongs to the next name.
        if nextPerson == roleEnd + 1 { return nil }
        var titleStart = cursor
        var organisation: Mention?
        if let leading = organisationAt[cursor], let last = clause.last(where: { organisationAt[$0]?.id == leading.id }),
           words[last].isPossessive {
            organisation = leading
            titleStart = last + 1
        }
        guard titleStart <= roleEnd, (titleStart...roleEnd).allSatisfy({
            NameChain.isNameWord(words[$0]) || NameChain.isConnector(words[$0]) || isRoleWord($0)
        }) else { return nil }
        let titleEnd = extendOverDomain(roleEnd + 1, limit: end)
        if titleStart > cursor, organisation == nil { return nil }
        var role = role(titled: titleStart..<titleEnd, organisation: organisation ?? organisationIn(titleEnd..<end))
        if role.organisation == nil { role.area = role.area ?? area(after: titleEnd, limit: end) }
        return role
    }

    /// After an appointment phrase: the role run up to its last role word, and the nearest
    /// organisation after it in the sentence.
    private func roleRun(from start: Int, sentenceOrganisation: Bool) -> FoundRole? {
        var end = start
        while end < words.count, end - start < 10, words[end].kind == .word { end += 1 }
        guard let roleEnd = (start..<end).last(where: { isFree($0) && lexicons.roleWords.contains(words[$0].folded) })
        else { return nil }
        var role = role(titled: start..<(roleEnd + 1), organisation: nil)
        role.organisation = nearestOrganisation(after: roleEnd)?.id
        return role
    }

    /// The role on the lines after a name that stands alone on its line (a signature).
    private func signatureRole(from start: Int) -> FoundRole? {
        var cursor = start
        var run: [Int] = []
        var lines = 0
        while cursor < words.count, lines < 3 {
            let word = words[cursor]
            if word.kind == .lineBreak {
                lines += 1
                if let last = run.last, lexicons.roleWords.contains(words[last].folded) { break }
                if cursor + 1 < words.count, words[cursor + 1].kind == .lineBreak { break }
            } else if word.kind == .word {
                guard NameChain.isNameWord(word) || NameChain.connectors.contains(word.text) else { break }
                run.append(cursor)
            }
            cursor += 1
        }
        guard let roleEnd = run.last(where: { lexicons.roleWords.contains(words[$0].folded) }), let first = run.first else {
            return nil
        }
        var role = role(titled: first..<(roleEnd + 1), organisation: nil)
        var next = roleEnd + 1
        while next < words.count, words[next].kind != .word { next += 1 }
        role.wordsEnd = roleEnd + 1
        if role.area == nil, let area = area(after: next, limit: min(words.count, next + 5)) {
            role.area = area
            role.wordsEnd = extent(from: next + 1)
        }
        return role
    }

    /// "Inspector of Ancient Monuments", "Portfolio Holder for Community Safety": a role's
    /// domain after "of" (or after "for" when made of ordinary words), when it names no body.
    private func extendOverDomain(_ start: Int, limit: Int) -> Int {
        guard isLower(start, ["of", "for"]), start + 1 < limit, organisationAt[start + 1] == nil,
              NameChain.isNameWord(words[start + 1]) else { return start }
        var end = start + 1
        while end < limit, organisationAt[end] == nil, NameChain.isNameWord(words[end]) { end += 1 }
        if words[start].text == "for", !((start + 1)..<end).allSatisfy({ isCommon($0) }) { return start }
        return end
    }

    /// True when a person's name (with or without a title) starts at the word.
    func startsPerson(at index: Int) -> Bool {
        if isGivenName(index), isSurname(index + 1) { return true }
        guard let title = lexicons.titles.longestMatch(in: words, at: index) else { return false }
        return isGivenName(title.end) || isSurname(title.end) && isSurname(title.end + 1)
    }

    /// A role word, singular or plural ("Co-ordinators").
    func isRoleWord(_ index: Int) -> Bool {
        let folded = words[index].folded
        return lexicons.roleWords.contains(folded) || folded.hasSuffix("s") && lexicons.roleWords.contains(String(folded.dropLast()))
    }

    /// The capitalised area after "for" or "of" ("for West Mercia").
    private func area(after start: Int, limit: Int) -> String? {
        guard isLower(start, ["for", "of", "in"]), start + 1 < limit, NameChain.isNameWord(words[start + 1]) else { return nil }
        var end = start + 1
        while end < limit, NameChain.isNameWord(words[end]) { end += 1 }
        return name(of: (start + 1)..<end)
    }

    /// A role from the words of its title: a title from the lexicon at its end gives the kind
    /// of body and its canonical spelling, and the words before it name the area.
    func role(titled range: Range<Int>, organisation: Mention?) -> FoundRole {
        var start = range.lowerBound
        while start < range.upperBound, isLower(start, ["the", "a", "an", "our", "my", "new", "former"]) { start += 1 }
        for index in start..<range.upperBound {
            if let match = lexicons.titles.longestMatch(in: words, at: index, acrossLines: true), match.end == range.upperBound {
                let area = index > start ? name(of: start..<index) : nil
                return FoundRole(
                    title: lexicons.canonicalTitle(name(of: index..<match.end)),
                    bodyKind: match.value == "honorific" ? "" : match.value, organisation: organisation?.id, area: area)
            }
        }
        return FoundRole(title: name(of: start..<range.upperBound), bodyKind: "", organisation: organisation?.id)
    }

    private func organisationIn(_ range: Range<Int>) -> Mention? {
        range.lazy.compactMap { organisationAt[$0] }.first
    }

    /// The organisation the sentence opens with ("The Panel's membership ... a new chair,"),
    /// if it opens with one and it comes before the word.
    func sentenceSubject(before index: Int) -> Mention? {
        var start = index
        while start > 0, !isSentenceEnd(start - 1) { start -= 1 }
        while start < index, isLower(start, ["the"]) || words[start].folded == "the" || words[start].kind != .word { start += 1 }
        guard start < index else { return nil }
        return organisationAt[start]
    }

    /// The nearest organisation after a word in the same sentence.
    func nearestOrganisation(after index: Int) -> Mention? {
        var cursor = index + 1
        while cursor < words.count, !isSentenceEnd(cursor) {
            if let mention = organisationAt[cursor] { return mention }
            cursor += 1
        }
        return nil
    }

    private func isSentenceEnd(_ index: Int) -> Bool {
        words[index].kind == .lineBreak || [".", "!", "?"].contains(words[index].text)
    }

    private func startsLine(_ index: Int) -> Bool {
        index <= 0 || words[index - 1].kind == .lineBreak
    }
}
