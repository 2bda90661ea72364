import DocGraphKit
import Foundation

/// Writes Popolo JSON (persons, organizations, memberships, posts, events) from the graph, so
/// civic-data tools can open it: Person and Organisation nodes, HOLDS_ROLE as memberships of
/// posts, Meeting nodes as events with their attendees, and the documents as sources.
public struct PopoloExporter: Sendable {
    public init() {}

    /// The Popolo document as JSON text, keys sorted.
    public func export(_ snapshot: GraphSnapshot) throws -> String {
        let nodes = snapshot.nodesByID
        let sources = sourcesByNode(snapshot)
        var persons: [[String: Any]] = []
        var organizations: [[String: Any]] = []
        var events: [[String: Any]] = []
        for node in snapshot.nodes {
            if node.labels.contains(GraphVocabulary.person) {
                var person = named(node, prefix: "person", sources: sources)
                if let titles = node.properties["titles"]?.stringList, !titles.isEmpty {
                    person["honorific_prefix"] = titles.joined(separator: " ")
                }
                persons.append(person)
            } else if node.labels.contains(GraphVocabulary.organisation) {
                var organization = named(node, prefix: "organization", sources: sources)
                if let kind = node.properties["kind"]?.stringValue { organization["classification"] = kind }
                organizations.append(organization)
            }
        }
        var posts: [String: [String: Any]] = [:]
        var memberships: [[String: Any]] = []
        for relationship in snapshot.relationships where relationship.type == GraphVocabulary.holdsRole {
            guard let person = nodes[relationship.from], let organisation = nodes[relationship.to],
                  person.labels.contains(GraphVocabulary.person), organisation.labels.contains(GraphVocabulary.organisation)
            else { continue }
            var membership: [String: Any] = [
                "id": "membership-\(relationship.id)", "person_id": "person-\(person.id)",
                "organization_id": "organization-\(organisation.id)", "sources": evidenceSources(relationship, snapshot),
            ]
            if let title = relationship.properties["title"]?.stringValue {
                let postID = "post-\(organisation.id)-\(NameKey.normalise(title).replacingOccurrences(of: " ", with: "-"))"
                posts[postID] = ["id": postID, "label": title, "role": title, "organization_id": "organization-\(organisation.id)"]
                membership["post_id"] = postID
                membership["role"] = title
                membership["label"] = title
            }
            memberships.append(membership)
        }
        for node in snapshot.nodes where node.labels.contains(GraphVocabulary.meeting) {
            events.append(event(node, snapshot: snapshot, nodes: nodes, sources: sources))
        }
        let document: [String: Any] = [
            "persons": persons, "organizations": organizations, "memberships": memberships,
            "posts": posts.keys.sorted().compactMap { posts[$0] }, "events": events,
        ]
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private func named(_ node: StoredNode, prefix: String, sources: [Int64: [[String: Any]]]) -> [String: Any] {
        var object: [String: Any] = ["id": "\(prefix)-\(node.id)", "name": node.displayName, "sources": sources[node.id] ?? []]
        let aliases = (node.properties["aliases"]?.stringList ?? []).filter { $0 != node.displayName }
        if !aliases.isEmpty { object["other_names"] = aliases.map { ["name": $0] } }
        return object
    }

    private func event(
        _ node: StoredNode, snapshot: GraphSnapshot, nodes: [Int64: StoredNode], sources: [Int64: [[String: Any]]]
    ) -> [String: Any] {
        var event: [String: Any] = ["id": "event-\(node.id)", "name": node.displayName, "sources": sources[node.id] ?? []]
        if let date = node.properties["date"]?.stringValue, PartialDate(iso: date) != nil { event["start_date"] = date }
        if let status = node.properties["status"]?.stringValue { event["status"] = status }
        if let kind = node.properties["kind"]?.stringValue { event["classification"] = kind }
        var attendees: [[String: Any]] = []
        for relationship in snapshot.relationships where relationship.to == node.id {
            guard let other = nodes[relationship.from] else { continue }
            if relationship.type == GraphVocabulary.attended, other.labels.contains(GraphVocabulary.person) {
                attendees.append(["id": "person-\(other.id)", "name": other.displayName])
            } else if relationship.type == GraphVocabulary.attended, other.labels.contains(GraphVocabulary.organisation),
                      event["organization_id"] == nil, relationship.properties["role"]?.stringValue == "host" {
                event["organization_id"] = "organization-\(other.id)"
            }
        }
        for relationship in snapshot.relationships where relationship.from == node.id && relationship.type == GraphVocabulary.heldAt {
            if let place = nodes[relationship.to] { event["location"] = place.displayName }
        }
        event["attendees"] = attendees
        return event
    }

    /// Each node's sources: the documents that mention it, as file URLs with the quote as note.
    private func sourcesByNode(_ snapshot: GraphSnapshot) -> [Int64: [[String: Any]]] {
        var sources: [Int64: [[String: Any]]] = [:]
        for relationship in snapshot.relationships where relationship.type == GraphVocabulary.mentionedIn {
            guard let path = snapshot.documentSources[relationship.to] else { continue }
            var link: [String: Any] = ["url": URL(fileURLWithPath: path).absoluteString]
            if let quote = relationship.properties["quote"]?.stringValue { link["note"] = quote }
            sources[relationship.from, default: []].append(link)
        }
        return sources
    }

    private func evidenceSources(_ relationship: StoredRelationship, _ snapshot: GraphSnapshot) -> [[String: Any]] {
        guard let sha = relationship.properties["document"]?.stringValue,
              let documentNode = snapshot.nodes.first(where: { $0.properties["sha256"]?.stringValue == sha }),
              let path = snapshot.documentSources[documentNode.id] else { return [] }
        var link: [String: Any] = ["url": URL(fileURLWithPath: path).absoluteString]
        if let quote = relationship.properties["quote"]?.stringValue { link["note"] = quote }
        return [link]
    }
}
