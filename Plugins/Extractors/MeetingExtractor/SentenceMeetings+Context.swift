import DocGraphKit

extension SentenceMeetings {
    /// A caption that lists who stands where: "At Hartshill Castle are ...".
    func startsWithPlaceList(scope: MeetingScope) -> Bool {
        guard view.words.first == "at", view.words.count > 3 else { return false }
        guard let verb = view.words.prefix(8).firstIndex(where: { $0 == "are" || $0 == "is" }) else { return false }
        return (1..<verb).allSatisfy { view.isCapitalised($0) || SentenceGrammar.nameJoiners.contains(view.words[$0]) }
    }

    /// The first place named after "at" or "in" past word `anchor`: a Place mention, or
    /// capitalised words no other mention covers and that are no date, body or event ("at Leek
    /// Wootton", "at the Market Square").
    func placeAfter(_ anchor: Int, scope: inout MeetingScope) -> String? {
        let words = view.words
        let dates = scope.normaliser.expressions(in: scope.document.text, tokens: view.tokens).map(\.range)
        for index in words.indices where index >= anchor && index > 0 && SentenceGrammar.placePrepositions.contains(words[index]) {
            var start = index + 1
            if start < words.count, words[start] == "the" { start += 1 }
            guard start < words.count, view.isCapitalised(start), view.isWord(start) else { continue }
            var end = start
            while end < words.count, view.isWord(end),
                  view.isCapitalised(end) || (SentenceGrammar.nameJoiners.contains(words[end]) && end + 1 < words.count
                      && view.isCapitalised(end + 1)) {
                end += 1
            }
            let range = view.textRange(of: start..<end)
            if dates.contains(where: { $0.overlaps(range) }) { continue }
            let last = [words[end - 1]]
            if scope.lexicon.organisationWords.contains(last) || scope.lexicon.nouns.contains(last) { continue }
            if let place = scope.place(over: range) { return place }
        }
        return nil
    }

    /// The sentence's dates that are no span or deadline, without repeats.
    func dates(scope: MeetingScope) -> Set<PartialDate> {
        Set(scope.normaliser.expressions(in: scope.document.text, tokens: view.tokens)
            .filter { $0.end == nil && ($0.kind == .absolute || $0.kind == .relative) }.map(\.start))
    }

    /// The date of the event: of the sentence's dates (not spans, not deadlines, not one
    /// that belongs to something else such as "since May" or "my May newsletter"), the one
    /// after "on" first, then the most precise, then the nearest to the event's words.
    func date(near anchor: Int, scope: MeetingScope) -> PartialDate? {
        let expressions = scope.normaliser.expressions(in: scope.document.text, tokens: view.tokens)
        var best: (score: Int, date: PartialDate)?
        for expression in expressions where expression.end == nil
            && (expression.kind == .absolute || expression.kind == .relative) {
            let position = view.tokenIndices(of: expression.range).lowerBound
            let before = position > 0 ? view.words[position - 1] : ""
            let earlier = position > 1 ? view.words[position - 2] : ""
            if SentenceGrammar.otherTime.contains(before) || SentenceGrammar.otherTime.contains(earlier) { continue }
            var score = -abs(position - anchor)
            if before == "on" { score += 100 }
            score += expression.start.precision.rawValue * 10
            if best.map({ score > $0.score }) ?? true { best = (score, expression.start) }
        }
        return best?.date
    }
}
