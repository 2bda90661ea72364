import DocGraphKit

/// Turns one document's node mentions and facts into the nodes and relationships to write.
///
/// Mentions of a named entity (a Person, Organisation, Place or Plan, or any mention with a
/// `key`) group by their resolution key, so every variant of one name in a document is one
/// node, and the same key in another document is the same node in the store. Other node
/// mentions (meetings, decisions, commitments) are one node each, keyed by the document's path
/// and their own words so a re-ingested document keeps their identity.
public struct MentionResolver: Sendable {
    /// Labels whose nodes are the same across documents when their names agree.
    public static let entityLabels: Set<String> = [
        GraphVocabulary.person, GraphVocabulary.organisation, GraphVocabulary.place, GraphVocabulary.plan,
    ]

    public init() {}

    /// Builds the document's graph. `path` is the document's identity in the store.
    public func graph(for document: Document, annotations: Annotations, path: String, warnings: [String] = []) -> DocumentGraph {
        let offsets = UnicodeScalarOffsets(document.text)
        var nodes: [GraphNode] = []
        var nodeIndex: [String: Int] = [:]
        var nodeOfMention: [String: String] = [:]
        var eventCounts: [String: Int] = [:]
        let ordered = annotations.mentions.filter(\.isNode).sorted { ($0.range, $0.id) < ($1.range, $1.id) }
        for mention in ordered {
            let key = resolutionKey(for: mention, path: path, counts: &eventCounts)
            let evidence = Evidence(
                document: document.id, range: mention.range, in: document.text, offsets: offsets,
                extractor: mention.extractor, confidence: mention.confidence)
            if let index = nodeIndex[key] {
                nodes[index].mentions.append(evidence)
                nodes[index].properties = Self.combine(nodes[index].properties, with: mention)
            } else {
                nodeIndex[key] = nodes.count
                let context = Evidence(
                    document: document.id, range: mention.evidenceRange, in: document.text, offsets: offsets,
                    extractor: mention.extractor, confidence: mention.confidence)
                nodes.append(GraphNode(
                    localID: key, labels: [mention.label], properties: Self.combine([:], with: mention), key: key,
                    mentions: [evidence], evidence: context))
            }
            nodeOfMention[mention.id] = key
        }
        var relationships: [GraphRelationship] = []
        var seen = Set<GraphRelationship>()
        for fact in annotations.facts {
            guard let from = nodeOfMention[fact.from], let to = nodeOfMention[fact.to] else { continue }
            let relationship = GraphRelationship(
                type: fact.type, from: .local(from), to: .local(to), properties: fact.properties,
                evidence: Evidence(
                    document: document.id, range: fact.evidence, in: document.text, offsets: offsets,
                    extractor: fact.extractor, confidence: fact.confidence))
            if seen.insert(relationship).inserted { relationships.append(relationship) }
        }
        return DocumentGraph(document: document, nodes: nodes, relationships: relationships, warnings: warnings)
    }

    private func resolutionKey(for mention: Mention, path: String, counts: inout [String: Int]) -> String {
        if let key = mention.key, !key.isEmpty {
            return "\(mention.label)|\(NameKey.normalise(key))"
        }
        if Self.entityLabels.contains(mention.label) {
            return NameKey.key(label: mention.label, name: mention.properties["name"]?.stringValue ?? mention.text)
        }
        let words = mention.properties["title"]?.stringValue ?? mention.properties["text"]?.stringValue ?? mention.text
        let base = "\(mention.label)|\(path)|\(NameKey.normalise(words))"
        counts[base, default: 0] += 1
        let count = counts[base] ?? 1
        return count == 1 ? base : "\(base)#\(count)"
    }

    /// Two nodes' properties as one: lists are unioned, the first's scalars stay.
    static func union(_ properties: Properties, _ other: Properties) -> Properties {
        var result = properties
        for (key, value) in other {
            switch (result[key], value) {
            case (nil, _):
                result[key] = value
            case (.list(let existing)?, .list(let more)):
                result[key] = .list(existing + more.filter { !existing.contains($0) })
            default:
                break
            }
        }
        return result
    }

    /// Adds a mention's properties to a node's: lists are unioned, the first scalar stays, and a
    /// surface form that differs from the name becomes an alias.
    static func combine(_ properties: Properties, with mention: Mention) -> Properties {
        var result = union(properties, mention.properties)
        if MentionResolver.entityLabels.contains(mention.label) {
            let name = result["name"]?.stringValue ?? mention.text
            if result["name"] == nil { result["name"] = .string(name) }
            if mention.text != name {
                var aliases = result["aliases"]?.stringList ?? []
                if !aliases.contains(mention.text) { aliases.append(mention.text) }
                result["aliases"] = .list(aliases.map(PropertyValue.string))
            }
        }
        return result
    }
}
