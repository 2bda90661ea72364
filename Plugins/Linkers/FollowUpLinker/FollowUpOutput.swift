import DocGraphKit

/// Turns the chosen follow-ups into what the linker writes: an Update node per passage, a
/// FOLLOWS_UP relationship from it to each commitment it reports on, and a HAS_STATUS
/// relationship from every commitment to the latest document, carrying its derived status.
struct FollowUpOutput: Sendable {
    let corpus: FollowUpCorpus
    let linker: String

    func result(_ selected: [FollowUpCandidate], earlier stored: [StoredRelationship]) -> LinkResult {
        var result = LinkResult()
        var updates: [String: Int] = [:]
        var followUps: [Int64: [CommitmentStatus.FollowUp]] = [:]
        var offsets: [Int: UnicodeScalarOffsets] = [:]
        for candidate in selected {
            let document = corpus.documents[candidate.document]
            let table = offsets[candidate.document] ?? UnicodeScalarOffsets(document.text)
            offsets[candidate.document] = table
            let range = TextRange(
                start: document.passages[candidate.passages.lowerBound].range.start,
                end: document.passages[candidate.passages.upperBound - 1].range.end)
            let evidence = Evidence(
                document: document.stored.sha256, range: range, in: document.text, offsets: table, extractor: linker,
                confidence: min(1, candidate.score))
            let key = "\(GraphVocabulary.update)|\(document.stored.sha256)|\(evidence.start)-\(evidence.end)"
            if let index = updates[key] {
                if candidate.score > (result.nodes[index].properties["score"]?.doubleValue ?? 0) {
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
                    "matched": .list(candidate.matched.map(PropertyValue.string)),
                ],
                evidence: evidence))
            followUps[commitment.id, default: []].append(.init(relation: candidate.relation, date: document.stored.date))
        }
        for relationship in stored where relationship.properties["extractor"]?.stringValue != linker {
            guard let relation = relationship.properties["relation"]?.stringValue.flatMap(FollowUpRelation.init(rawValue:))
            else { continue }
            let date = relationship.properties["document"]?.stringValue
                .flatMap { corpus.documentIndex[$0] }.flatMap { corpus.date(ofDocument: $0) }
            followUps[relationship.to, default: []].append(.init(relation: relation, date: date))
        }
        result.relationships += statuses(followUps)
        return result
    }

    /// A HAS_STATUS relationship for every commitment, against the latest dated document.
    private func statuses(_ followUps: [Int64: [CommitmentStatus.FollowUp]]) -> [GraphRelationship] {
        guard let latest = corpus.documents.filter({ $0.stored.date != nil }).max(by: { order($0) < order($1) }),
              let asOf = latest.stored.date else { return [] }
        return corpus.commitments.map { commitment in
            let found = followUps[commitment.id] ?? []
            let status = CommitmentStatus.derive(followUps: found, due: commitment.due, asOf: asOf)
            return GraphRelationship(
                type: GraphVocabulary.hasStatus, from: .stored(commitment.id), to: .stored(latest.stored.nodeID),
                properties: ["status": .string(status.rawValue), "asOf": .string(asOf.iso), "followUps": .int(found.count)])
        }
    }

    private func order(_ document: CorpusDocument) -> (Int, Int, Int, Int) {
        let day = document.stored.date?.lastDay ?? (year: 0, month: 0, day: 0)
        return (day.year, day.month, day.day, document.stored.date?.precision.rawValue ?? 0)
    }
}
