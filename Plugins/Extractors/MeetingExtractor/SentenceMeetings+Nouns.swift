import DocGraphKit

/// A meeting word with the noun phrase around it.
struct NounTrigger {
    /// Word indices of the meeting word.
    var range: Range<Int>
    /// The words naming the event: its modifiers, the meeting word and what follows it.
    var title: TextRange
    var kind: String
    /// True when proper-name words come before the meeting word ("Kenilworth Show").
    var isNamed: Bool
    /// True when it only points back ("the meeting") and names nothing new.
    var isAnaphoric: Bool
    var isRecurring: Bool
    /// People and bodies after it ("of the Association ...", "with the Chief Constable").
    var parties: [String]
    /// Places after it ("at Leek Wootton", "in London").
    var places: [String]
}

extension SentenceMeetings {
    func nounTriggers(scope: MeetingScope, firstPerson: [FirstPersonReference]) -> [NounTrigger] {
        scope.lexicon.nouns.matches(in: view.words).compactMap { nounTrigger($0, scope: scope, firstPerson: firstPerson) }
    }

    private func nounTrigger(_ range: Range<Int>, scope: MeetingScope, firstPerson: [FirstPersonReference]) -> NounTrigger? {
        let words = view.words
        let noun = words[range]
        if isPlural(noun, scope: scope) || isUnrealised(before: range.lowerBound) { return nil }
        let (start, determiner, properWords) = phraseStart(before: range.lowerBound)
        if let determiner, SentenceGrammar.generic.contains(determiner) { return nil }
        if start > 0, SentenceGrammar.generic.contains(words[start - 1]) { return nil }
        let nounIsCapitalised = view.isCapitalised(range.lowerBound) && range.lowerBound > 0
        let isNamed = properWords > 0 || (nounIsCapitalised && determiner != nil)
        if scope.lexicon.isNamedOnly(noun) && !(isNamed && view.isCapitalised(range.lowerBound)) { return nil }
        let isBare = determiner == nil && properWords == 0
        // A bare meeting word is a verb ("pleased to visit ..."): it needs "I" or "we" before it.
        if isBare, subject(before: range.lowerBound, scope: scope, firstPerson: firstPerson)
            .map({ mention in firstPerson.contains { $0.mention == mention } }) != true { return nil }
        let complement = self.complement(after: range.upperBound, scope: scope)
        let isRecurring = (max(0, start - 2)..<range.lowerBound).contains { scope.lexicon.recurrence.match(at: $0, in: words) != nil }
        let isDefinite = determiner.map(SentenceGrammar.definite.contains) ?? false
        let happens = words.contains(where: SentenceGrammar.happening.contains)
        let qualifies = isNamed || !complement.places.isEmpty || !complement.parties.isEmpty || !firstPerson.isEmpty
            || isRecurring || happens
        let isAnaphoric = isDefinite && !isNamed && complement.parties.isEmpty
        guard qualifies || isAnaphoric else { return nil }
        let title = isBare ? verbTitle(from: range) : view.textRange(of: start..<complement.end)
        let named = scope.parties(inside: view.textRange(of: start..<range.lowerBound))
            .filter { $0.label != GraphVocabulary.place }.map(\.id)
        return NounTrigger(
            range: range, title: title, kind: scope.lexicon.kind(of: noun),
            isNamed: isNamed, isAnaphoric: isAnaphoric && !isRecurring, isRecurring: isRecurring,
            parties: named + complement.parties, places: complement.places)
    }

    /// A plural meeting word ("meetings", "events") names no particular event.
    private func isPlural(_ noun: ArraySlice<String>, scope: MeetingScope) -> Bool {
        guard let last = noun.last, last.hasSuffix(SentenceGrammar.pluralEnding), last.count > 3 else { return false }
        var singular = Array(noun)
        singular[singular.count - 1] = String(last.dropLast())
        return scope.lexicon.nouns.contains(singular)
    }

    /// Where the noun phrase before word `index` starts. With a determiner a few words back and
    /// only words between ("the Planning and Performance working group meeting", "a cycle
    /// security event"), after the determiner; otherwise over proper-name words and the small
    /// words joining them ("Kenilworth Show"). Returns the start, the determiner and how many
    /// proper-name words there are.
    private func phraseStart(before index: Int) -> (start: Int, determiner: String?, properWords: Int) {
        var proper = 0
        var position = index - 1
        let limit = max(0, index - SentenceMeetings.phraseReach)
        while position >= limit {
            let word = view.words[position]
            if SentenceGrammar.determiners.contains(word) || SentenceGrammar.generic.contains(word) {
                return (position + 1, word, proper)
            }
            let joins = SentenceGrammar.nameJoiners.contains(word) && position > 0 && view.isCapitalised(position - 1)
                && view.isCapitalised(position + 1)
            let quote = ["'", "\u{2018}", "\u{2019}"].contains(word)
            guard view.isWord(position) || view.tokens[position].kind == .number || quote else { break }
            if SentenceGrammar.phraseBreaks.contains(word) && !joins { break }
            if view.isCapitalised(position), position > 0 || isNameLike(position) { proper += 1 }
            if position == 0, view.isCapitalised(0), !isNameLike(0) { break }
            position -= 1
        }
        // No determiner: the phrase is the proper-name words just before the noun.
        var start = index
        proper = 0
        position = index - 1
        while position >= 0 {
            let word = view.words[position]
            let joins = SentenceGrammar.nameJoiners.contains(word) && position > 0 && view.isCapitalised(position - 1)
                && proper > 0
            if view.isCapitalised(position), view.isWord(position) || view.tokens[position].kind == .number,
               position > 0 || isNameLike(position) {
                proper += 1
                start = position
            } else if joins {
                start = position
            } else {
                break
            }
            position -= 1
        }
        return (start, nil, proper)
    }

    /// True when a capitalised first word of a sentence is part of a name rather than
    /// capitalised for starting the sentence: another capitalised word follows it.
    private func isNameLike(_ position: Int) -> Bool {
        position + 1 < view.words.count && view.isCapitalised(position + 1)
            && !SentenceGrammar.determiners.contains(view.words[position])
    }

    /// What follows a meeting word: an acronym in brackets, then "of", "with", "at" or "in" and
    /// the parties and places they introduce, to the end of the clause.
    private func complement(after index: Int, scope: MeetingScope) -> (end: Int, parties: [String], places: [String]) {
        var end = index
        let words = view.words
        if end + 2 < words.count, words[end] == "(", words[end + 2] == ")" { end += 3 }
        var parties: [String] = []
        var places: [String] = []
        var position = end
        while position < words.count, position - index < SentenceMeetings.objectReach,
              !SentenceGrammar.clauseEnds.contains(words[position]), words[position] != "," {
            let word = words[position]
            if word == "held" {
                position += 1
                continue
            }
            guard SentenceGrammar.placePrepositions.contains(word) || SentenceGrammar.partyPrepositions.contains(word)
            else { break }
            var next = position + 1
            if next < words.count, words[next] == "the" { next += 1 }
            guard next < words.count else { break }
            let start = view.tokens[next].range.start
            guard let party = scope.parties.first(where: { $0.range.start == start }) else { break }
            if party.label == GraphVocabulary.place {
                places.append(party.id)
            } else {
                parties.append(party.id)
            }
            end = view.tokenIndices(of: party.range).upperBound
            position = end
        }
        return (end, parties, places)
    }
}
