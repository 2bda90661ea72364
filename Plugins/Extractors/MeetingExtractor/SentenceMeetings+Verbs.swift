import DocGraphKit

/// A word of taking part with who does it.
struct VerbTrigger {
    /// Word indices of the verb phrase.
    var range: Range<Int>
    var role: String
    var kind: String
    /// Mentions of who takes part as the verb's subject.
    var subjects: [String]
    /// Mentions named in the verb's object ("met with X", "joined me").
    var objects: [String]
    /// True for an activity summary: the sentence starts with the verb and the author is meant.
    var isActivity: Bool
}

/// A first-person word of the sentence and the mention it stands for.
struct FirstPersonReference {
    var range: Range<Int>
    var mention: String
}

extension SentenceMeetings {
    func firstPersonReferences(scope: MeetingScope) -> [FirstPersonReference] {
        guard let author = scope.author else { return [] }
        var found: [FirstPersonReference] = []
        var index = 0
        while index < view.words.count {
            let text = view.text(at: index)
            let isShouted = text.count > 1 && text == text.uppercased()
            if !isShouted, let reference = author.reference(at: index, in: view.words) {
                found.append(.init(range: index..<(index + reference.length), mention: reference.mention))
                index += reference.length
            } else {
                index += 1
            }
        }
        return found
    }

    func verbTriggers(scope: MeetingScope, firstPerson: [FirstPersonReference]) -> [VerbTrigger] {
        let words = view.words
        var found: [VerbTrigger] = []
        for range in scope.lexicon.verbs.matches(in: words) {
            guard !isUnrealised(before: range.lowerBound) else { continue }
            let activity = isActivityStart(range.lowerBound)
            var subjects: [String] = []
            if activity, let author = scope.author {
                subjects = [author.person]
            } else if let subject = subject(before: range.lowerBound, scope: scope, firstPerson: firstPerson),
                      range.lowerBound == 0 || words[range.lowerBound - 1] != "to"
                        || firstPerson.contains(where: { $0.mention == subject }) {
                subjects = [subject]
            }
            guard !subjects.isEmpty else { continue }
            found.append(VerbTrigger(
                range: range, role: scope.lexicon.role(of: words[range]), kind: scope.lexicon.kind(of: words[range]),
                subjects: subjects, objects: objects(after: range.upperBound, scope: scope, firstPerson: firstPerson),
                isActivity: activity))
        }
        return found
    }

    /// True when a word of the few before `index` makes the report hypothetical or negated.
    func isUnrealised(before index: Int) -> Bool {
        let window = view.words[max(0, index - SentenceMeetings.unrealisedReach)..<index]
        return window.contains { SentenceGrammar.unrealised.contains($0) || $0.hasSuffix("n't") }
    }

    /// True when the sentence starts with the verb (after list marks), capitalised, or with a
    /// capitalised past participle and "to" before it ("Continued to meet ...").
    private func isActivityStart(_ index: Int) -> Bool {
        let before = (0..<index).filter { view.isWord($0) }
        if before.isEmpty { return view.isCapitalised(index) }
        return before == [0] && view.words[0].hasSuffix("ed") && view.isCapitalised(0) && index == 2
            && view.words[1] == "to"
    }

    /// The subject just before a verb: a first-person word or a named party, over a few
    /// auxiliaries and adverbs ("I have also recently", "Jane Rowe, the Mayor, has").
    func subject(before index: Int, scope: MeetingScope, firstPerson: [FirstPersonReference]) -> String? {
        var position = index - 1
        let limit = max(0, index - SentenceMeetings.subjectReach - 1)
        while position >= limit {
            if let reference = firstPerson.first(where: { $0.range.contains(position) }) { return reference.mention }
            let end = view.tokens[position].range.end
            if let party = scope.parties.first(where: {
                $0.range.end == end && $0.label != GraphVocabulary.place && view.sentence.range.contains($0.range)
            }) {
                return party.id
            }
            if SentenceGrammar.clauseEnds.contains(view.words[position]) { return nil }
            position -= 1
        }
        return nil
    }

    /// People and bodies named in a verb's object, and first-person words there ("joined me").
    private func objects(after index: Int, scope: MeetingScope, firstPerson: [FirstPersonReference]) -> [String] {
        var end = index
        while end < view.words.count, end - index < SentenceMeetings.objectReach,
              !SentenceGrammar.clauseEnds.contains(view.words[end]), view.words[end] != "to" {
            end += 1
        }
        guard end > index else { return [] }
        let range = view.textRange(of: index..<end)
        var found = firstPerson.filter { index..<end ~= $0.range.lowerBound }.map(\.mention)
        found += scope.parties(inside: range, labels: [GraphVocabulary.person, GraphVocabulary.organisation]).map(\.id)
        return found
    }

    /// People and bodies named after a word index, to the end of the sentence.
    func partiesAfter(_ index: Int, scope: MeetingScope) -> [Mention] {
        guard index < view.words.count else { return [] }
        let range = TextRange(start: view.tokens[index].range.start, end: view.sentence.range.end)
        return scope.parties(inside: range, labels: [GraphVocabulary.person, GraphVocabulary.organisation])
    }
}
