import DocGraphKit
import DocGraphTestSupport
import Foundation

/// The seeds annotated as the entity extractors would annotate them if they were perfect:
/// people and organisations wherever the dev gold (../shared/gold/seeds-dev.json) names them,
/// in every spelling it lists, and places where its meetings are. Tests of the extractors that
/// read those mentions (meetings, decisions) use it to measure their own quality apart from the
/// entity extractors'.
public struct GoldSeedFixtures {
    /// The parts of the dev gold the fixtures and the extractor tests read.
    public struct Gold: Decodable, Sendable {
        public struct Entity: Decodable, Sendable {
            public var name: String
            public var aliases: [String]
            public var docs: [String]
        }
        public struct Meeting: Decodable, Sendable {
            public var doc: String
            public var date: String?
            public var title: String
            public var participants: [String]
            public var place: String?
            public var status: String
        }
        public struct Decision: Decodable, Sendable {
            public var doc: String
            public var summary: String
            public var keywords: [String]
        }
        public var people: [Entity]
        public var organisations: [Entity]
        public var meetings: [Meeting]
        public var decisions: [Decision]
    }

    public let gold: Gold

    /// Reads the dev gold beside the checkout.
    public init() throws {
        let url = SharedPaths.shared.appendingPathComponent("gold/seeds-dev.json")
        gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
    }

    /// The seed's document (dated from its leading lines) with sentences, tokens and the
    /// gold's entity mentions.
    public func annotations(of url: URL) throws -> AnnotationFixtures {
        let text = try String(contentsOf: url, encoding: .utf8)
        let name = url.lastPathComponent
        let date = DocumentDating.date(inLeadingText: DocumentDating.leadingText(of: text))
        var fixture = AnnotationFixtures(DocumentFixtures.document(text, name: name, date: date))
        var taken: [TextRange] = []
        let entities = gold.people.map { ($0, GraphVocabulary.person) } + gold.organisations.map { ($0, GraphVocabulary.organisation) }
        var spellings: [(String, String, String)] = []
        for (entity, label) in entities where entity.docs.contains(name) {
            for spelling in [entity.name] + entity.aliases { spellings.append((spelling, label, entity.name)) }
        }
        for place in gold.meetings.filter({ $0.doc == name }).compactMap(\.place) {
            for part in place.components(separatedBy: ", ") { spellings.append((part, GraphVocabulary.place, part)) }
        }
        for (spelling, label, canonical) in spellings.sorted(by: { $0.0.count > $1.0.count }) {
            var occurrence = 1
            while let range = DocumentFixtures.range(of: spelling, in: text, occurrence: occurrence) {
                occurrence += 1
                guard isWholeWords(range, in: text), !taken.contains(where: { $0.overlaps(range) }) else { continue }
                taken.append(range)
                fixture.add(label, spelling, occurrence: occurrence - 1, properties: ["name": .string(canonical)])
            }
        }
        return fixture
    }

    private func isWholeWords(_ range: TextRange, in text: String) -> Bool {
        let utf8 = Array(text.utf8)
        func isWordByte(_ offset: Int) -> Bool {
            guard utf8.indices.contains(offset) else { return false }
            let byte = utf8[offset]
            return (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
        }
        return !isWordByte(range.start - 1) && !isWordByte(range.end)
    }
}
