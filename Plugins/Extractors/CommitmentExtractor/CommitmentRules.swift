import DocGraphKit

/// The rules that tell a commitment from other statements, over one clause's words.
///
/// A clause is a commitment when the author pledges, promises or states an intention in the
/// first person ("I pledged to ...", "the assurance that I would ...", "I will continue to
/// ...", "my aim is to ...", "we are looking to appoint ..."), or when an impersonal future
/// action comes with a timetable ("works are expected to be completed by the end of 2017",
/// "this will be followed in the summer by ...", "there will be a full public consultation").
/// Conditions ("if ..."), negations ("I am not seeking to ..."), other people's words in
/// quotation marks and other subjects' futures ("you will not be suitable", "they will be
/// required to") are not commitments.
struct CommitmentRules: Sendable {
    let lexicon: CommitmentLexicon

    /// The first commitment cue of a clause, trying the most explicit rules first.
    func cue(in words: [ClauseWord]) -> CommitmentCue? {
        let lower = words.map(\.lower)
        guard let first = lower.first, !lexicon.conditionOpeners.contains([first]) else { return nil }
        let found = pledgeNoun(lower) ?? pledgeVerb(lower) ?? aimFrame(lower) ?? intention(lower) ?? modal(lower)
            ?? recruitment(lower, words) ?? impersonal(lower)
        guard let found, !words[found.start...].prefix(6).contains(where: \.isQuoted) else { return nil }
        return found
    }

    // MARK: First-person rules

    /// "the assurance that I would convene", "the pledge I made in my Plan to deliver".
    func pledgeNoun(_ words: [String]) -> CommitmentCue? {
        for index in words.indices where lexicon.pledgeNouns.contains([words[index]]) || lexicon.promiseNouns.contains([words[index]]) {
            let kind: CommitmentKind = lexicon.pledgeNouns.contains([words[index]]) ? .pledge : .promise
            var next = index + 1
            if next < words.count, words[next] == "that" { next += 1 }
            guard let length = lexicon.subjects.match(at: next, in: words) else { continue }
            let verb = skipping(lexicon.adverbs, from: next + length, in: words)
            guard verb < words.count else { continue }
            let promised = ["would", "will", "shall"].contains(words[verb]) && !isNegated(after: verb, in: words)
            let made = ["made", "gave", "have", "had"].contains(words[verb])
                && words[(verb + 1)...].prefix(10).contains("to")
            guard promised || made else { continue }
            let subjectFirst = words[..<index].indices.contains { lexicon.subjects.match(at: $0, in: words) != nil }
            let start = subjectFirst ? 0 : (index > 0 && lexicon.planDeterminers.contains([words[index - 1]]) ? index - 1 : index)
            return CommitmentCue(kind: kind, start: start, position: index, subject: speaker(at: next, in: words))
        }
        return nil
    }

    /// "I pledged in my Police and Crime Plan to modernise", "we have promised that".
    func pledgeVerb(_ words: [String]) -> CommitmentCue? {
        for (subject, after) in subjects(in: words) {
            let verb = skipping(lexicon.auxiliaries, from: skipping(lexicon.adverbs, from: after, in: words), in: words)
            guard verb < words.count, !isNegated(before: verb, from: subject, in: words) else { continue }
            let pledge = lexicon.pledgeVerbs.contains([words[verb]])
            guard pledge || lexicon.promiseVerbs.contains([words[verb]]),
                  words[(verb + 1)...].prefix(10).contains(where: { $0 == "to" || $0 == "that" }) else { continue }
            return CommitmentCue(
                kind: pledge ? .pledge : .promise, start: 0, position: verb, subject: speaker(at: subject, in: words))
        }
        return nil
    }

    /// "my aim is to fund projects".
    func aimFrame(_ words: [String]) -> CommitmentCue? {
        for index in words.indices where lexicon.aimFrames.match(at: index, in: words) != nil {
            return CommitmentCue(kind: .intention, start: index, position: index, subject: words[index] == "our" ? .office : .author)
        }
        return nil
    }

    /// "we are now looking to appoint", "I intend to".
    func intention(_ words: [String]) -> CommitmentCue? {
        for (subject, after) in subjects(in: words) {
            let verb = skipping(lexicon.adverbs, from: skipping(lexicon.auxiliaries, from: after, in: words), in: words)
            guard lexicon.intentions.match(at: verb, in: words) != nil,
                  !isNegated(before: verb, from: subject, in: words) else { continue }
            return CommitmentCue(kind: .intention, start: 0, position: verb, subject: speaker(at: subject, in: words))
        }
        return nil
    }

    /// "I will continue to", "my office will", "I said I would"; "we will be able to" is an
    /// expectation.
    func modal(_ words: [String]) -> CommitmentCue? {
        for (subject, after) in subjects(in: words) {
            let verb = skipping(lexicon.adverbs, from: after, in: words)
            guard verb < words.count, !isNegated(after: verb, in: words) else { continue }
            let reported = words[max(0, subject - 3)..<subject].contains { lexicon.reportingVerbs.contains([$0]) }
            guard lexicon.modals.contains([words[verb]]) || (reported && words[verb] == "would") else { continue }
            let able = Array(words[(verb + 1)...].prefix(3)) == ["be", "able", "to"]
            return CommitmentCue(
                kind: able ? .expectation : .promise, start: 0, position: verb, subject: speaker(at: subject, in: words))
        }
        return nil
    }

    /// "the recruitment of a Deputy Police and Crime Commissioner".
    func recruitment(_ lower: [String], _ words: [ClauseWord]) -> CommitmentCue? {
        for index in lower.indices {
            guard let length = lexicon.recruitment.match(at: index, in: lower) else { continue }
            let article = index + length
            guard article + 1 < lower.count, ["a", "an", "the"].contains(lower[article]),
                  words[article + 1].isCapitalised else { continue }
            return CommitmentCue(kind: .intention, start: 0, position: index)
        }
        return nil
    }

    // MARK: Impersonal rules

    /// "there will be a full public consultation", "works are expected to be completed by
    /// ...", "this will later be extended", "smartphones to be issued during March".
    func impersonal(_ words: [String]) -> CommitmentCue? {
        for index in words.indices {
            if let length = lexicon.existentials.match(at: index, in: words),
               words[(index + length)...].prefix(4).contains(where: { lexicon.actionNouns.contains([$0]) }) {
                return CommitmentCue(kind: .expectation, start: 0, position: index, subject: .impersonal)
            }
            if let length = lexicon.expectationFrames.match(at: index, in: words),
               isParticiple(at: skipping(lexicon.adverbs, from: index + length, in: words), in: words) {
                return CommitmentCue(kind: .expectation, start: 0, position: index, needsTimetable: true, subject: .impersonal)
            }
            if lexicon.modals.contains([words[index]]), index == 0 || !lexicon.otherSubjects.contains([words[index - 1]]),
               !isNegated(after: index, in: words) {
                let be = skipping(lexicon.adverbs, from: index + 1, in: words)
                let timing = words[(index + 1)..<be].contains { lexicon.timingAdverbs.contains([$0]) }
                if be < words.count, words[be] == "be", isParticiple(at: skipping(lexicon.adverbs, from: be + 1, in: words), in: words) {
                    return CommitmentCue(
                        kind: .expectation, start: 0, position: index, needsTimetable: true, hasTimingAdverb: timing,
                        subject: .impersonal)
                }
            }
            if index > 0, index + 2 < words.count, words[index] == "to", words[index + 1] == "be",
               !lexicon.infinitiveBlockers.contains([words[index - 1]]), isParticiple(at: index + 2, in: words) {
                return CommitmentCue(kind: .expectation, start: 0, position: index, needsTimetable: true, subject: .impersonal)
            }
        }
        return nil
    }

    // MARK: Helpers

    /// Each place a first-person subject stands as a subject, with the index after it. A
    /// subject joined to another by "and" or "or" ("the public and I") is someone else's too.
    func subjects(in words: [String]) -> [(index: Int, after: Int)] {
        words.indices.compactMap { index in
            guard let length = lexicon.subjects.match(at: index, in: words) else { return nil }
            if index > 1, ["and", "or"].contains(words[index - 1]) { return nil }
            return (index, index + length)
        }
    }

    /// The author in person for "I", the author's office or team for "we" or "my office".
    func speaker(at index: Int, in words: [String]) -> CommitmentSubject {
        words[index] == "i" ? .author : .office
    }

    /// The first index at or after `start` whose word is not in `set`.
    func skipping(_ set: PhraseList, from start: Int, in words: [String]) -> Int {
        var index = start
        while index < words.count, let length = set.match(at: index, in: words) { index += length }
        return index
    }

    /// True when a negation follows a modal, past any adverbs ("will not", "will never").
    func isNegated(after modal: Int, in words: [String]) -> Bool {
        var index = modal + 1
        while index < words.count {
            if lexicon.negations.match(at: index, in: words) != nil { return true }
            guard let length = lexicon.adverbs.match(at: index, in: words) else { return false }
            index += length
        }
        return false
    }

    /// True when a negation stands between a subject and its verb ("I am not seeking to").
    func isNegated(before verb: Int, from subject: Int, in words: [String]) -> Bool {
        (subject..<min(verb, words.count)).contains { lexicon.negations.match(at: $0, in: words) != nil }
    }

    /// True for a past participle: a word ending in -ed or a listed irregular one.
    func isParticiple(at index: Int, in words: [String]) -> Bool {
        guard index < words.count else { return false }
        let word = words[index]
        return (word.count > 4 && word.hasSuffix("ed")) || lexicon.participles.contains([word])
    }
}
