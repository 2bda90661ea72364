import AuthorExtractor
import DocGraphKit
import DocGraphTestSupport
import Foundation

/// The seeds annotated as the extractors before the meetings extractor would: people and
/// organisations where the dev gold names them (every spelling it lists), places where its
/// meetings are, and the author from the authors extractor. It isolates this extractor's
/// quality from the quality of the others.
struct SeedFixtures {
    struct Gold: Decodable {
        struct Entity: Decodable {
            var name: String
            var aliases: [String]
            var docs: [String]
        }
        struct Meeting: Decodable {
            var doc: String
            var date: String?
            var title: String
            var participants: [String]
            var place: String?
            var status: String
        }
        var people: [Entity]
        var organisations: [Entity]
        var meetings: [Meeting]
    }

    let gold: Gold

    init() throws {
        let url = SharedPaths.shared.appendingPathComponent("gold/seeds-dev.json")
        gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
    }

    /// The annotated seed, ready for the meetings extractor.
    func annotations(of url: URL) throws -> AnnotationFixtures {
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
        let context = ExtractionContext(wordLists: coreContext.wordLists)
        fixture.merge(try AuthorExtractor().extract(from: fixture.document, annotations: fixture.annotations, context: context))
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
