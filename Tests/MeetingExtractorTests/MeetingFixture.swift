import AuthorExtractor
import DocGraphKit
import DocGraphTestSupport
import MeetingExtractor
import Testing

/// A small document written for a test, signed by a commissioner, with the people, bodies and
/// places the entity extractors would find, run through the authors and meetings extractors.
struct MeetingFixture {
    /// One meeting found, in words a test can compare.
    struct Found: Equatable, CustomStringConvertible {
        var title: String
        var date: String?
        var status: String
        var kind: String
        /// "name/role", in the order found.
        var attendees: [String]
        var places: [String]

        var description: String { "\(title) \(date ?? "-") \(status) \(kind) \(attendees) \(places)" }
    }

    static let signature = "Jane Rowe\nPolice and Crime Commissioner for Northshire\n\n"

    let meetings: [Found]

    init(
        _ body: String, dated iso: String = "2018-05", people: [String] = [], organisations: [String] = [],
        places: [String] = [], blocks: [Block] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let text = MeetingFixture.signature + body
        let shifted = blocks.map { block -> Block in
            var copy = block
            let offset = MeetingFixture.signature.utf8.count
            copy.range = TextRange(start: block.range.start + offset, end: block.range.end + offset)
            return copy
        }
        var fixture = AnnotationFixtures(DocumentFixtures.document(text, date: PartialDate(iso: iso), blocks: shifted))
        fixture.addEverywhere("Person", people)
        fixture.addEverywhere("Organisation", organisations)
        fixture.addEverywhere("Place", places)
        if let author = try? AuthorExtractor().extract(from: fixture.document, annotations: fixture.annotations, context: coreContext) {
            fixture.merge(author)
        }
        let output = ExtractorConformance.check(
            MeetingExtractor(), on: fixture.document, annotations: fixture.annotations, context: coreContext,
            sourceLocation: sourceLocation) ?? Annotations()
        var all = fixture.annotations
        all.merge(output)
        meetings = output.mentions(labeled: GraphVocabulary.meeting).map { meeting in
            Found(
                title: meeting.properties["title"]?.stringValue ?? "", date: meeting.properties["date"]?.stringValue,
                status: meeting.properties["status"]?.stringValue ?? "", kind: meeting.properties["kind"]?.stringValue ?? "",
                attendees: output.facts.filter { $0.type == GraphVocabulary.attended && $0.to == meeting.id }.compactMap { fact in
                    all.mention(withID: fact.from).map { "\($0.properties["name"]?.stringValue ?? $0.text)/\(fact.properties["role"]?.stringValue ?? "")" }
                },
                places: output.facts.filter { $0.type == GraphVocabulary.heldAt && $0.from == meeting.id }.compactMap {
                    all.mention(withID: $0.to)?.text
                })
        }
    }
}
