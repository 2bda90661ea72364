import DocGraphKit

/// Turns the chosen follow-ups into what the linker writes: an Update node per passage, a
/// FOLLOWS_UP relationship from it to each commitment it reports on, and a HAS_STATUS
/// relationship from every commitment to the latest document, carrying its derived status.
struct FollowUpOutput: Sendable {
    let corpus: FollowUpCorpus
    let linker: String

    /// The evidence of each of the `selected` follow-ups, in their order: its window quoted from
    /// its document. The corpus keeps no text, so each document's is read with `text` (by its
    /// SHA-256) and dropped once its follow-ups are quoted, and its passages' offsets are read
    /// back from the corpus's file; `nil` where a document has no text.
    func evidence(of selected: [FollowUpCandidate], text: (String) throws -> String?) throws -> [Evidence?] {
        var evidence = [Evidence?](repeating: nil, count: selected.count)
        for (index, numbers) in Dictionary(grouping: selected.indices, by: { selected[$0].document }) {
            let document = corpus.documents[index]
            guard let text = try text(document.stored.sha256) else { continue }
            let passages = try corpus.contents(ofDocument: index).passages
            let offsets = UnicodeScalarOffsets(text)
            for number in numbers {
                let candidate = selected[number]
                let range = TextRange(
                    start: passages[candidate.passages.lowerBound].range.start,
                    end: passages[candidate.passages.upperBound - 1].range.end)
                evidence[number] = Evidence(
                    document: document.stored.sha256, range: range, in: text, offsets: offsets, extractor: linker,
                    confidence: min(1, candidate.score))
            }
        }
        return evidence
    }

    /// What the linker writes for the `selected` follow-ups, each with its `evidence`
    /// (``evidence(of:text:)``; a follow-up without any is left out) and what `matched`
    /// (``FollowUpScorer/matched(for:)``), in their order, and the status of every commitment,
    /// counting the `stored` follow-ups of others. `statements` are where each commitment is
    /// stated, by node id: its first mention, the evidence of a status no follow-up decided.
    func result(
        _ selected: [FollowUpCandidate], evidence: [Evidence?], matched: [[String]], earlier stored: [StoredRelationship],
        statements: [Int64: Evidence]
    ) -> LinkResult {
        var result = LinkResult()
        var updates: [String: Int] = [:]
        var followUps: [Int64: [Reported]] = [:]
        for ((candidate, evidence), matched) in zip(zip(selected, evidence), matched) {
            guard let evidence else { continue }
            let document = corpus.documents[candidate.document]
            let key = "\(GraphVocabulary.update)|\(document.stored.sha256)|\(evidence.start)-\(evidence.end)"
            if let index = updates[key] {
                if candidate.score > (result.nodes[index].mentions.first?.confidence ?? 0) {
                    result.nodes[index].properties["relation"] = .string(candidate.relation.rawValue)
                }
            } else {
                updates[key] = result.nodes.count
                var properties: Properties = [
                    "text": .string(evidence.quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")),
                    "relation": .string(candidate.relation.rawValue),
                ]
                if let date = document.stored.date { properties["date"] = .string(date.iso) }
                result.nodes.append(GraphNode(
                    localID: key, labels: [GraphVocabulary.update], properties: properties, key: key, mentions: [evidence],
                    evidence: evidence))
            }
            let commitment = corpus.commitments[candidate.commitment]
            result.relationships.append(GraphRelationship(
                type: GraphVocabulary.followsUp, from: .local(key), to: .stored(commitment.id),
                properties: [
                    "relation": .string(candidate.relation.rawValue), "score": .double(candidate.score),
                    "matched": .list(matched.map(PropertyValue.string)),
                ],
                evidence: evidence))
            followUps[commitment.id, default: []].append(
                Reported(followUp: .init(relation: candidate.relation, date: document.stored.date), evidence: evidence))
        }
        for relationship in stored where relationship.properties["extractor"]?.stringValue != linker {
            if let reported = reported(relationship) { followUps[relationship.to, default: []].append(reported) }
        }
        result.relationships += statuses(followUps, statements: statements)
        return result
    }

    /// A follow-up as the status rule weighs it, with the passage that states it.
    struct Reported {
        var followUp: CommitmentStatus.FollowUp
        var evidence: Evidence
    }

    /// A stored FOLLOWS_UP (curated, or from another plugin) as a reported follow-up.
    private func reported(_ relationship: StoredRelationship) -> Reported? {
        let properties = relationship.properties
        guard let relation = properties["relation"]?.stringValue.flatMap(FollowUpRelation.init(rawValue:)),
              let document = properties["document"]?.stringValue, let start = properties["start"]?.intValue,
              let end = properties["end"]?.intValue, let quote = properties["quote"]?.stringValue else { return nil }
        let date = corpus.documentIndex[document].flatMap { corpus.date(ofDocument: $0) }
        return Reported(
            followUp: .init(relation: relation, date: date),
            evidence: Evidence(document: document, start: start, end: end, quote: quote, extractor: linker))
    }

    /// A HAS_STATUS relationship for every commitment, to the document that shows its status:
    /// the one whose follow-up decided it, or, when nothing has, the one it was made in. Its
    /// evidence is that passage (from `statements`, by node id, for the one it was made in);
    /// `asOf` is the date of the latest document.
    private func statuses(_ followUps: [Int64: [Reported]], statements: [Int64: Evidence]) -> [GraphRelationship] {
        let asOf = corpus.documents.compactMap(\.stored.date).max()
        return corpus.commitments.compactMap { commitment in
            guard let statement = statements[commitment.id] else { return nil }
            let found = followUps[commitment.id] ?? []
            let status = CommitmentStatus.derive(followUps: found.map(\.followUp), due: commitment.due, asOf: asOf)
            let shown: Evidence
            switch status {
            case .fulfilled, .changed, .dropped:
                shown = found.last { $0.followUp.relation.rawValue == status.rawValue }?.evidence ?? statement
            case .inProgress:
                shown = found.last?.evidence ?? statement
            case .overdue, .open:
                shown = statement
            }
            guard let document = corpus.documentIndex[shown.document] else { return nil }
            var properties: Properties = ["status": .string(status.rawValue), "followUps": .int(found.count)]
            if let asOf { properties["asOf"] = .string(asOf.iso) }
            var evidence = shown
            evidence.extractor = linker
            return GraphRelationship(
                type: GraphVocabulary.hasStatus, from: .stored(commitment.id),
                to: .stored(corpus.documents[document].stored.nodeID), properties: properties, evidence: evidence)
        }
    }
}
