import DocGraphKit

/// Scores FOLLOWS_UP relationships one to one.
///
/// A relationship from a scored document matches a gold follow-up when the document is the
/// follow-up's, its target node matches the gold commitment (mentioned in the commitment's
/// document, holding half, lenient a third, of its keywords), and its source node's text and
/// evidence, with the relationship's own quote, hold half (lenient: a third) of the follow-up's
/// keywords. Relationships into commitments outside the scored documents are not counted.
struct FollowUpScorer {
    var gold: GoldStandard

    func score(_ graph: EvaluatedGraph) -> KindReport {
        let commitments = Dictionary(gold.commitments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let links = graph.followUps.filter { graph.nodesByID[$0.to].map { !$0.documents.isEmpty } ?? false }
        func name(_ id: Int64) -> String { graph.nodesByID[id]?.displayName ?? "#\(id)" }
        let items = PairedItems(
            kind: .followUps,
            gold: gold.followUps.map { followUp in
                PairedItems.Item(
                    document: followUp.doc,
                    text: "\(followUp.commitment): " + StatementScorer.describe(followUp.summary, followUp.keywords))
            },
            found: links.map { link in
                PairedItems.Item(document: link.documents.first ?? "", text: "\(name(link.from)) -> \(name(link.to))", id: link.id)
            })
        return items.report { goldIndex, foundIndex, mode in
            let followUp = gold.followUps[goldIndex]
            let link = links[foundIndex]
            guard link.documents.contains(followUp.doc), let commitment = commitments[followUp.commitment],
                  let target = graph.nodesByID[link.to], target.isIn(commitment.doc),
                  let targetOverlap = StatementScorer.overlap(target.text, commitment.keywords, mode: mode),
                  let statementOverlap = StatementScorer.overlap(link.text, followUp.keywords, mode: mode)
            else { return nil }
            return statementOverlap + targetOverlap
        }
    }
}
