import DocGraphKit

/// The items of a kind scored one to one (meetings, decisions, commitments, follow-ups) and the
/// report their pairing gives.
struct PairedItems {
    /// A gold or found item as listed among the errors.
    struct Item {
        var document: String
        var text: String
        var id: Int64?
    }

    var kind: ScoredKind
    var gold: [Item]
    var found: [Item]

    /// Pairs the items with ``OneToOneMatcher`` and reports the figures and the unpaired items.
    func report(candidate: (_ gold: Int, _ found: Int, _ mode: MatchMode) -> Double?) -> KindReport {
        let pairs = OneToOneMatcher.pair(goldCount: gold.count, foundCount: found.count, candidate: candidate)
        func scores(_ paired: [Int: Int]) -> Scores {
            Scores(matchedGold: paired.count, gold: gold.count, matchedFound: paired.count, found: found.count)
        }
        func label(_ item: Item) -> String { item.id.map { "\(item.text) #\($0)" } ?? item.text }
        let lenientGold = Dictionary(pairs.lenient.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let missed = gold.indices.filter { pairs.strict[$0] == nil }.map { index in
            EvaluationItem(
                document: gold[index].document, text: gold[index].text,
                lenientMatch: pairs.lenient[index].map { label(found[$0]) })
        }
        let strictFound = Set(pairs.strict.values)
        let spurious = found.indices.filter { !strictFound.contains($0) }.map { index in
            EvaluationItem(
                document: found[index].document, text: found[index].text, id: found[index].id,
                lenientMatch: lenientGold[index].map { label(gold[$0]) })
        }
        return KindReport(
            kind: kind, gold: gold.count, found: found.count, strict: scores(pairs.strict),
            lenient: scores(pairs.lenient), missed: missed, spurious: spurious)
    }
}
