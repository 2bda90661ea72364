/// Answers of ``GraphReading`` a reader may give from its other answers; the store gives them
/// from its indexes instead.
extension GraphReading {
    public func nodes(labeled label: String, keys: [String]) throws -> [StoredNode] {
        let wanted = Set(keys)
        return try nodes(labeled: label).filter { node in node.key.map(wanted.contains) ?? false }
    }

    public func mentions(ofNodesLabeled label: String) throws -> [Int64: [Evidence]] {
        var mentions: [Int64: [Evidence]] = [:]
        for node in try nodes(labeled: label) {
            let found = try self.mentions(ofNode: node.id)
            if !found.isEmpty { mentions[node.id] = found }
        }
        return mentions
    }

    public func mentionSpans(ofNodesLabeled label: String) throws -> [MentionSpan] {
        let mentions = try mentions(ofNodesLabeled: label)
        return mentions.keys.sorted().flatMap { node in
            (mentions[node] ?? []).map { MentionSpan(document: $0.document, start: $0.start, end: $0.end, node: node) }
        }
    }

    public func relationshipEnds(ofType type: String) throws -> [RelationshipEnds] {
        try relationships(ofType: type).map { RelationshipEnds(from: $0.from, to: $0.to) }
    }

    public func relationshipEnds(ofType type: String, from ids: [Int64]) throws -> [RelationshipEnds] {
        let starts = Set(ids)
        return try relationshipEnds(ofType: type).filter { starts.contains($0.from) }
    }
}
