import DocGraphKit
import Foundation

extension OrganisationFinder {
    /// Bare references ("the Panel", "the County Council", "The Committee") become mentions of
    /// the nearest body before them whose name ends in the same words (or the first after);
    /// a lone word with no such body is dropped, two words or more stand as a body of their own.
    mutating func resolveReferences() {
        let bodies = found.filter { $0.refersTo == nil && !isReferenceOnly($0.words) }
        for (position, finding) in found.enumerated() where finding.refersTo == nil && isReferenceOnly(finding.words) {
            if let target = antecedent(of: finding.words, among: bodies) {
                found[position].refersTo = target.name
                found[position].kind = target.kind
            }
        }
        // A lone word ("the Committee") refers back only: a heading before the body is no mention.
        for range in pendingReferences where !range.contains(where: { covered.contains($0) }) {
            if let target = antecedent(of: range, among: bodies.filter { $0.words.upperBound <= range.lowerBound }) {
                record(range, kind: target.kind, confidence: 0.7, refersTo: target.name)
            }
        }
    }

    /// True when every word is a reference head or its modifier, the last a head ("County
    /// Council", "Panel").
    private func isReferenceOnly(_ range: Range<Int>) -> Bool {
        guard let last = range.last, lexicons.referenceHeads.value(of: words[last].folded) == "" else { return false }
        return range.allSatisfy { lexicons.referenceHeads.contains(words[$0].folded) }
    }

    private func antecedent(of range: Range<Int>, among bodies: [FoundOrganisation]) -> FoundOrganisation? {
        let tail = range.map { words[$0].folded }
        let matching = bodies.filter { body in
            let folded = body.words.map { words[$0].folded }
            return folded.count > tail.count && Array(folded.suffix(tail.count)) == tail
        }
        let before = matching.filter { $0.words.upperBound <= range.lowerBound }
        return before.max { $0.words.lowerBound < $1.words.lowerBound } ?? matching.first
    }

    /// Every further place a found name or abbreviation is written, as a mention of it.
    mutating func findRepeatedNames() {
        // Each spelling once (the first finding of it), indexed by its first word, longest first.
        var forms: [String: [(words: [String], target: FoundOrganisation)]] = [:]
        var seen = Set<[String]>()
        for body in found {
            let folded = body.words.filter { words[$0].kind == .word }.map { words[$0].folded }
            var spellings = [folded]
            if let acronym = body.acronym { spellings.append([acronym.lowercased()]) }
            for spelling in spellings where !spelling.isEmpty && seen.insert(spelling).inserted {
                forms[spelling[0], default: []].append((spelling, body))
            }
        }
        for key in forms.keys { forms[key]?.sort { $0.words.count > $1.words.count } }
        var index = 0
        while index < words.count {
            guard !covered.contains(index), NameChain.isNameWord(words[index]) else {
                index += 1
                continue
            }
            var matched = false
            for form in forms[words[index].folded] ?? [] where matches(form.words, at: index) {
                let range = index..<(index + form.words.count)
                let target = form.target.refersTo ?? form.target.name
                let isAcronym = form.words.count == 1 && words[index].isAllCapitals
                guard !isAcronym || form.target.acronym != nil || form.target.words.count == 1 else { continue }
                record(range, kind: form.target.kind, confidence: 0.8, refersTo: target == name(of: range) ? nil : target)
                index = range.upperBound
                matched = true
                break
            }
            if !matched { index += 1 }
        }
    }

    private func matches(_ form: [String], at index: Int) -> Bool {
        guard index + form.count <= words.count else { return false }
        for (offset, folded) in form.enumerated() {
            let word = words[index + offset]
            guard word.kind == .word, !covered.contains(index + offset), word.folded == folded,
                  NameChain.isNameWord(word) || NameChain.connectors.contains(word.text) else { return false }
            if offset < form.count - 1, word.isPossessive { return false }
        }
        // A name must end where a word ends, not run on into more of a longer name.
        let after = index + form.count
        guard after < words.count else { return true }
        if words[after].isCapitalised, !covered.contains(after), isOrgWord(after) { return false }
        // "Warwickshire Police and Crime Commissioner": the name runs on into a role's.
        guard NameChain.isConnector(words[after]), !words[after - 1].isPossessive, after + 1 < words.count,
              !lexicons.roleWords.contains(words[after + 1].folded) else { return true }
        var end = after + 1
        while end < words.count, NameChain.isNameWord(words[end]) { end += 1 }
        return !((after + 1)..<end).contains { isStopWord($0) }
    }
}
