import DocGraphKit
import Foundation

/// Scores people and organisations in a graph against the hand annotations of
/// ../shared/gold/seeds-dev.json, by the rules of its README: pairs of (entity, document); a
/// node matches a gold entity when one of its names equals one of the gold names after
/// normalising (case, punctuation, leading titles, trailing honours; for organisations a
/// leading "the" and "&" as "and"). Lenient matching also accepts one name holding the other's
/// words in order.
struct GoldScore {
    struct Entity: Decodable {
        var name: String
        var aliases: [String]
        var docs: [String]
    }

    struct Gold: Decodable {
        struct DocumentEntry: Decodable { var file: String }
        var documents: [DocumentEntry]
        var people: [Entity]
        var organisations: [Entity]
    }

    struct Figures {
        var extracted = 0
        var matchedExtracted = 0
        var gold = 0
        var matchedGold = 0
        var splits: [String] = []
        var missed: [String] = []
        var spurious: [String] = []

        var precision: Double { extracted == 0 ? 0 : Double(matchedExtracted) / Double(extracted) }
        var recall: Double { gold == 0 ? 0 : Double(matchedGold) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        var line: String {
            String(format: "P %.3f R %.3f F1 %.3f (%d/%d extracted, %d/%d gold, %d splits)", precision, recall, f1,
                   matchedExtracted, extracted, matchedGold, gold, splits.count)
        }
    }

    /// A node with its names and the documents (by file name) it is mentioned in.
    struct Node {
        var names: [String]
        var documents: Set<String>
    }

    static func load(_ url: URL) throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
    }

    /// The nodes of a label with the names of the documents they are mentioned in.
    static func nodes(labeled label: String, in reader: any GraphReading) throws -> [Node] {
        let names = Dictionary(try reader.documents().map { ($0.sha256, $0.name) }, uniquingKeysWith: { first, _ in first })
        return try reader.nodes(labeled: label).map { node in
            let documents = Set(try reader.mentions(ofNode: node.id).compactMap { names[$0.document] })
            let all = [node.properties["name"]?.stringValue ?? ""] + (node.properties["aliases"]?.stringList ?? [])
            return Node(names: all, documents: documents)
        }
    }

    static func score(_ nodes: [Node], against gold: [Entity], documents: Set<String>, organisations: Bool, lenient: Bool) -> Figures {
        var figures = Figures()
        let goldNames = gold.map { Set(([$0.name] + $0.aliases).map { normalise($0, organisation: organisations) }) }
        func matches(_ node: Node, _ index: Int) -> Bool {
            let own = node.names.map { normalise($0, organisation: organisations) }.filter { !$0.isEmpty }
            return own.contains { name in
                goldNames[index].contains { lenient ? holds(name, $0) || holds($0, name) : $0 == name }
            }
        }
        for node in nodes {
            for document in node.documents.intersection(documents) {
                figures.extracted += 1
                if gold.indices.contains(where: { matches(node, $0) && gold[$0].docs.contains(document) }) {
                    figures.matchedExtracted += 1
                } else {
                    figures.spurious.append("\(node.names.first ?? "?") in \(document)")
                }
            }
        }
        for (index, entity) in gold.enumerated() {
            for document in entity.docs {
                figures.gold += 1
                let matching = nodes.filter { $0.documents.contains(document) && matches($0, index) }
                if matching.isEmpty { figures.missed.append("\(entity.name) in \(document)") } else { figures.matchedGold += 1 }
                if matching.count > 1 { figures.splits.append("\(entity.name) in \(document)") }
            }
        }
        return figures
    }

    static let leadingTitles = [
        "assistant chief constable", "deputy chief constable", "chief constable", "chief superintendent", "superintendent",
        "chief inspector", "inspector", "insp", "sergeant", "sgt", "councillor", "cllr", "pcso", "pc", "rt hon", "dr",
        "miss", "mrs", "mr", "ms", "sir", "dame",
    ]
    static let trailingHonours = ["mp", "td", "obe", "mbe", "cbe", "qpm", "jp", "dl"]

    static func normalise(_ name: String, organisation: Bool) -> String {
        var text = name.lowercased().replacingOccurrences(of: "&", with: " and ")
        text = String(text.map { $0.isLetter || $0.isNumber ? $0 : " " })
        var words = text.split(separator: " ").map(String.init)
        var changed = true
        while changed {
            changed = false
            for title in leadingTitles {
                let parts = title.split(separator: " ").map(String.init)
                if words.count > parts.count, Array(words.prefix(parts.count)) == parts {
                    words.removeFirst(parts.count)
                    changed = true
                }
            }
            if let last = words.last, words.count > 1, trailingHonours.contains(last) {
                words.removeLast()
                changed = true
            }
            if organisation, words.first == "the", words.count > 1 {
                words.removeFirst()
                changed = true
            }
        }
        return words.joined(separator: " ")
    }

    /// True when `long` holds every word of `short` in order.
    static func holds(_ long: String, _ short: String) -> Bool {
        let longWords = long.split(separator: " ")
        var index = longWords.startIndex
        for word in short.split(separator: " ") {
            guard let found = longWords[index...].firstIndex(of: word) else { return false }
            index = found + 1
        }
        return !short.isEmpty
    }
}
