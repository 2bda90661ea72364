import DocGraphKit

/// Reads one sentence for a decision. A sentence reports one when
/// - a decision verb ("agreed", "awarded", "appointed", "commissioned", "concluded") follows an
///   auxiliary ("has been agreed", "was commissioned", "I have concluded") or a named subject
///   ("the Cabinet agreed"), and nothing before it makes it future, hypothetical or negated;
/// - a giving verb gives a decision noun ("given his backing", "give its approval",
///   "provided funding");
/// - a body has "a new" holder of a role ("now has a new chair, Councillor ...");
/// - it says "the decision to ...", which only counts when no decision came before it in the
///   section.
/// The decider is the agent after "by", else the subject (the author for "I" and "we"), else,
/// when the author is the one chosen ("I was asked to lead ..."), the last body named, else the
/// author. The people and bodies named besides are what it concerns.
struct DecisionReader {
    let view: SentenceTokens
    let section: Int
    let lexicon: DecisionLexicon
    let author: DocumentAuthor?
    /// Person and Organisation mentions of the document, in text order.
    let parties: [Mention]

    func read(normaliser: DateNormaliser, text: String) -> DecisionCandidate? {
        let words = view.words
        guard let trigger = verbTrigger() ?? givingTrigger() ?? newRoleTrigger() ?? recordNounTrigger() else { return nil }
        let mentions = parties.filter { view.sentence.range.contains($0.range) }
        let firstPerson = firstPersonMentions()
        var deciders: [String] = []
        let subject = subject(before: trigger.range.lowerBound, mentions: mentions)
        if let agent = agent(after: trigger.range.upperBound, mentions: mentions) {
            deciders = [agent]
        } else if let subject, !isPassive(at: trigger.range.lowerBound) {
            deciders = [subject]
        } else if let author, let subject, subject == author.person || subject == author.collective,
                  let body = mentions.last(where: { $0.label == GraphVocabulary.organisation }) {
            deciders = [body.id]
        } else if let author, !trigger.hasUnnamedSubject {
            deciders = [author.person]
        }
        var concerns = mentions.map(\.id).filter { !deciders.contains($0) }
        concerns += firstPerson.filter { !deciders.contains($0) && !concerns.contains($0) }
        let dates = normaliser.expressions(in: text, tokens: view.tokens)
            .filter { $0.end == nil && ($0.kind == .absolute || $0.kind == .relative) }
        return DecisionCandidate(
            range: view.sentence.range, reference: nil, date: dates.first?.start, deciders: deciders, concerns: concerns,
            trigger: words[trigger.range].joined(separator: " "), isAnaphoric: trigger.isAnaphoric, section: section)
    }

    private struct Trigger {
        var range: Range<Int>
        var isAnaphoric = false
        /// True when a body no mention names is the subject ("the Cabinet agreed"): it decided,
        /// so the author did not.
        var hasUnnamedSubject = false
    }

    private func verbTrigger() -> Trigger? {
        for range in lexicon.verbs.matches(in: view.words) where !isUnrealised(before: range.lowerBound)
            && (range.lowerBound == 0 || !DecisionGrammar.nonVerbal.contains(view.words[range.lowerBound - 1])) {
            let before = view.words[max(0, range.lowerBound - 4)..<range.lowerBound]
            let hasAuxiliary = before.contains(where: DecisionGrammar.auxiliaries.contains)
            // A body the entity extractors did not name still decides: "the Cabinet agreed".
            let namedBody = range.lowerBound >= 2 && view.isCapitalised(range.lowerBound - 1)
                && DecisionGrammar.definite.contains(view.words[range.lowerBound - 2])
            let hasSubject = subject(before: range.lowerBound, mentions: parties) != nil || namedBody
            if hasAuxiliary || hasSubject {
                let named = subject(before: range.lowerBound, mentions: parties) != nil
                return Trigger(range: range, hasUnnamedSubject: namedBody && !named && !isPassive(at: range.lowerBound))
            }
        }
        return nil
    }

    private func givingTrigger() -> Trigger? {
        for range in lexicon.giving.matches(in: view.words) where !isUnrealised(before: range.lowerBound) {
            var next = range.upperBound
            while next < view.words.count, DecisionGrammar.possessives.contains(view.words[next]) { next += 1 }
            if let length = lexicon.nouns.match(at: next, in: view.words) { return Trigger(range: range.lowerBound..<(next + length)) }
        }
        return nil
    }

    private func newRoleTrigger() -> Trigger? {
        let words = view.words
        for index in words.indices where words[index] == DecisionGrammar.new && index > 0 {
            guard let length = lexicon.roles.match(at: index + 1, in: words) else { continue }
            let before = words[max(0, index - 3)..<index]
            if before.contains("has") || before.contains("have") { return Trigger(range: index..<(index + 1 + length)) }
        }
        return nil
    }

    private func recordNounTrigger() -> Trigger? {
        let words = view.words
        for range in lexicon.records.matches(in: words) where range.lowerBound > 0 && range.upperBound < words.count {
            if DecisionGrammar.definite.contains(words[range.lowerBound - 1]) && words[range.upperBound] == "to" {
                return Trigger(range: range, isAnaphoric: true)
            }
        }
        return nil
    }

    /// True when a form of "be" comes just before the trigger: its subject is the one decided
    /// about, not the decider ("I have been chosen", "Helen has been appointed").
    private func isPassive(at index: Int) -> Bool {
        view.words[max(0, index - 2)..<index].contains(where: DecisionGrammar.passiveAuxiliaries.contains)
    }

    private func isUnrealised(before index: Int) -> Bool {
        view.words[max(0, index - 4)..<index].contains { DecisionGrammar.unrealised.contains($0) || $0.hasSuffix("n't") }
    }

    /// The party right after "by" following the trigger.
    private func agent(after index: Int, mentions: [Mention]) -> String? {
        guard let by = view.words[index...].prefix(6).firstIndex(of: "by"), by + 1 < view.words.count else { return nil }
        var next = by + 1
        if next < view.words.count, view.words[next] == "the" { next += 1 }
        if let author, let reference = author.reference(at: next, in: view.words) { return reference.mention }
        let start = next < view.tokens.count ? view.tokens[next].range.start : -1
        return mentions.first { $0.range.start == start }?.id
    }

    /// The subject a few words before the trigger: a first-person word or a named party.
    private func subject(before index: Int, mentions: [Mention]) -> String? {
        var position = index - 1
        while position >= max(0, index - DecisionGrammar.subjectReach) {
            if let author, let reference = author.reference(at: position, in: view.words) { return reference.mention }
            let end = view.tokens[position].range.end
            if let party = mentions.first(where: { $0.range.end == end && view.sentence.range.contains($0.range) }) {
                return party.id
            }
            if [",", ".", ";", ":"].contains(view.words[position]) && position < index - 1 { return nil }
            position -= 1
        }
        return nil
    }

    private func firstPersonMentions() -> [String] {
        guard let author else { return [] }
        var found: [String] = []
        for index in view.words.indices {
            let text = view.text(at: index)
            guard !(text.count > 1 && text == text.uppercased()),
                  let reference = author.reference(at: index, in: view.words), !found.contains(reference.mention) else { continue }
            found.append(reference.mention)
        }
        return found
    }
}
