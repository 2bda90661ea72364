import DocGraphKit

/// Small document graphs written for the store's tests.
enum StoreFixtures {
    static func document(_ text: String, name: String = "note.txt", date: String? = "2017-03") -> Document {
        Document(
            id: SHA256.hexDigest(of: Data(text.utf8)), name: name, source: "/tmp/\(name)", format: "text",
            title: "A note", date: date.flatMap(PartialDate.init(iso:)), kind: .newsletter, text: text)
    }

    /// A graph with one person, one organisation and a HOLDS_ROLE between them.
    static func graph(_ text: String, person: String = "Ada Lovelace", organisation: String = "Analytical Society",
                      name: String = "note.txt") -> DocumentGraph {
        let document = document(text, name: name)
        let offsets = UnicodeScalarOffsets(text)
        func evidence(_ words: String) -> Evidence {
            let start = text.utf8.count - (text.components(separatedBy: words).dropFirst().joined(separator: words).utf8.count + words.utf8.count)
            return Evidence(document: document.id, range: TextRange(start: start, end: start + words.utf8.count),
                            in: text, offsets: offsets, extractor: "test.v1")
        }
        let personKey = NameKey.key(label: "Person", name: person)
        let organisationKey = NameKey.key(label: "Organisation", name: organisation)
        return DocumentGraph(
            document: document,
            nodes: [
                GraphNode(localID: personKey, labels: ["Person"], properties: ["name": .string(person)], key: personKey,
                          mentions: [evidence(person)]),
                GraphNode(localID: organisationKey, labels: ["Organisation"], properties: ["name": .string(organisation)],
                          key: organisationKey, mentions: [evidence(organisation)]),
            ],
            relationships: [
                GraphRelationship(type: "HOLDS_ROLE", from: .local(personKey), to: .local(organisationKey),
                                  properties: ["title": "Chair"], evidence: evidence(text)),
            ])
    }
}

import Foundation
