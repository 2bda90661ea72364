import DocGraphKit

extension FakeGraph {
    /// How a test node is tied to its documents.
    enum Link {
        /// A mention row per document (with the quote).
        case mention
        /// A MENTIONED_IN relationship per document (with the quote as its evidence).
        case mentionedIn
    }

    /// The sha256 the fake gives a document: its file name.
    static func sha(_ file: String) -> String { "sha-\(file)" }

    /// A graph holding documents with these file names, stored under a folder.
    init(documents files: [String], folder: String = "/corpus") {
        for file in files { addDocument(file, folder: folder) }
    }

    mutating func addDocument(_ file: String, folder: String = "/corpus") {
        lastID += 1
        storedDocuments.append(StoredDocument(
            nodeID: lastID, sha256: Self.sha(file), name: file, source: "\(folder)/\(file)", format: "text",
            title: nil, date: nil, kind: .newsletter))
        storedNodes.append(StoredNode(id: lastID, labels: [GraphVocabulary.document], properties: ["name": .string(file)]))
    }

    /// Adds a node mentioned in documents (by file name), each time with `quote`; returns its id.
    @discardableResult
    mutating func addNode(
        _ label: String, _ properties: Properties, in files: [String], quote: String = "", link: Link = .mention
    ) -> Int64 {
        lastID += 1
        let id = lastID
        storedNodes.append(StoredNode(id: id, labels: [label], properties: properties))
        for file in files {
            switch link {
            case .mention:
                storedMentions[id, default: []].append(
                    Evidence(document: Self.sha(file), start: 0, end: quote.unicodeScalars.count, quote: quote, extractor: "test.v1"))
            case .mentionedIn:
                guard let document = storedDocuments.first(where: { $0.name == file }) else { continue }
                relate(GraphVocabulary.mentionedIn, from: id, to: document.nodeID, quote: quote, in: file)
            }
        }
        return id
    }

    /// Adds a person named `name`; returns its id.
    @discardableResult
    mutating func addPerson(_ name: String, aliases: [String] = [], in files: [String]) -> Int64 {
        addNode(GraphVocabulary.person, ["name": .string(name), "aliases": .list(aliases.map(PropertyValue.string))], in: files, quote: name)
    }

    /// Adds a relationship with its evidence quote, stated in a document.
    mutating func relate(_ type: String, from: Int64, to: Int64, quote: String = "", in file: String? = nil) {
        lastID += 1
        var properties: Properties = ["quote": .string(quote), "extractor": "test.v1"]
        if let file { properties["document"] = .string(Self.sha(file)) }
        storedRelationships.append(StoredRelationship(id: lastID, type: type, from: from, to: to, properties: properties))
    }
}
