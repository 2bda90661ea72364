import DocGraphKit

/// Finds where a rule pack's rules match a run of tokens.
///
/// Phrase rules compare the tokens' text with the phrase, whitespace between tokens standing for
/// the spaces of the phrase, so a phrase matches however the tokenizer splits it as long as the
/// match starts and ends on token boundaries. Token rules run as a small automaton over the
/// tokens. For each rule and start token only the longest match is kept, as spaCy's
/// EntityRuler does before it settles overlaps.
struct RuleMatcher: Sendable {
    /// Phrase rules by their first bytes: exact ones, and case-blind ones.
    private let exactPhrases: PhraseIndex
    private let caseBlindPhrases: PhraseIndex
    private let tokenRules: [(pattern: Int, steps: [TokenStep])]

    init(patterns: [EntityPattern]) {
        var exact = PhraseIndex()
        var caseBlind = PhraseIndex()
        var tokenRules: [(Int, [TokenStep])] = []
        for (index, pattern) in patterns.enumerated() {
            switch pattern.body {
            case .phrase(let phrase, let caseInsensitive):
                if caseInsensitive { caseBlind.add(Array(phrase.utf8), pattern: index) }
                else { exact.add(Array(phrase.utf8), pattern: index) }
            case .tokens(let steps):
                tokenRules.append((index, steps))
            }
        }
        self.exactPhrases = exact
        self.caseBlindPhrases = caseBlind
        self.tokenRules = tokenRules
    }

    /// Every rule's longest match from every start token of `run` (indices into `tokens`).
    func matches(in run: Range<Int>, tokens: [Token], features: [TokenFeatures]) -> [RuleMatch] {
        var found: [RuleMatch] = []
        for start in run {
            let token = features[start]
            for (pattern, phrase) in exactPhrases.candidates(startingWith: token.orth.utf8) {
                if let end = phraseEnd(phrase, from: start, limit: run.upperBound, tokens: tokens, features: features, lower: false) {
                    found.append(RuleMatch(start: start, end: end, pattern: pattern))
                }
            }
            for (pattern, phrase) in caseBlindPhrases.candidates(startingWith: token.lower.utf8) {
                if let end = phraseEnd(phrase, from: start, limit: run.upperBound, tokens: tokens, features: features, lower: true) {
                    found.append(RuleMatch(start: start, end: end, pattern: pattern))
                }
            }
            for (pattern, steps) in tokenRules {
                if let end = longestEnd(of: steps, from: start, limit: run.upperBound, features: features) {
                    found.append(RuleMatch(start: start, end: end, pattern: pattern))
                }
            }
        }
        return found
    }

    /// The end (exclusive token index) of a phrase that starts at token `start`, if it matches.
    private func phraseEnd(
        _ phrase: [UInt8], from start: Int, limit: Int, tokens: [Token], features: [TokenFeatures], lower: Bool
    ) -> Int? {
        var cursor = 0
        for index in start..<limit {
            if index > start {
                let spaced = tokens[index].range.start > tokens[index - 1].range.end
                let phraseSpaced = phrase[cursor] == UInt8(ascii: " ")
                guard spaced == phraseSpaced else { return nil }
                if spaced { cursor += 1 }
            }
            let text = lower ? features[index].lower.utf8 : features[index].orth.utf8
            guard !text.isEmpty, phrase.count - cursor >= text.count,
                  phrase[cursor..<(cursor + text.count)].elementsEqual(text) else { return nil }
            cursor += text.count
            if cursor == phrase.count { return index + 1 }
        }
        return nil
    }

    /// The end of the longest match of token steps from token `start`: the automaton's states are
    /// positions in `steps`; a skippable step lets the state move on without a token.
    private func longestEnd(of steps: [TokenStep], from start: Int, limit: Int, features: [TokenFeatures]) -> Int? {
        // Most rules fail on their first token: settle that before building any state sets.
        if let first = steps.first, !first.canBeSkipped, start < limit, !first.matches(features[start]) { return nil }
        var states = closure([0], steps)
        var longest: Int?
        var index = start
        while index < limit, !states.isEmpty {
            var next: Set<Int> = []
            for state in states where state < steps.count && steps[state].matches(features[index]) {
                next.insert(steps[state].repetition == .any ? state : state + 1)
            }
            states = closure(next, steps)
            index += 1
            if states.contains(steps.count) { longest = index }
        }
        return longest
    }

    private func closure(_ states: Set<Int>, _ steps: [TokenStep]) -> Set<Int> {
        var result = states
        var pending = Array(states)
        while let state = pending.popLast() {
            if state < steps.count, steps[state].canBeSkipped, result.insert(state + 1).inserted {
                pending.append(state + 1)
            }
        }
        return result
    }
}
