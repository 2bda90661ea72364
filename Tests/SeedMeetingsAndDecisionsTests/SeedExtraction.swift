import AuthorExtractor
import DecisionExtractor
import DocGraphKit
import DocGraphTestSupport
import Foundation
import MeetingExtractor
import OrganisationExtractor
import PeopleExtractor
import PlaceExtractor
import TextReader

/// A seed through the built-in chain as the pipeline runs it: the text reader, text analysis,
/// the entity extractors, authors, meetings and decisions.
struct SeedExtraction {
    let document: Document
    let annotations: Annotations

    init(_ url: URL) throws {
        try self.init(input: DocumentFixtures.readerInput(contentsOf: url))
    }

    /// A text written for a test, read as a `.txt` file.
    init(text: String) throws {
        try self.init(input: DocumentFixtures.readerInput(text, name: "invented.txt"))
    }

    private init(input: ReaderInput) throws {
        let document = try TextReader().read(input).document
        var annotations = TextAnalyzer().analyze(document)
        let extractors: [any Extractor] = [
            OrganisationExtractor(), PeopleExtractor(), PlaceExtractor(), AuthorExtractor(), MeetingExtractor(),
            DecisionExtractor(),
        ]
        for extractor in extractors {
            annotations.merge(try extractor.extract(from: document, annotations: annotations, context: coreContext))
        }
        self.document = document
        self.annotations = annotations
    }

    /// The name of the entity a mention is.
    func name(of id: String) -> String? {
        annotations.mention(withID: id).map { $0.properties["name"]?.stringValue ?? $0.text }
    }

    /// The document's meetings as the gold scorer reads them.
    var meetings: [ExtractedEvent] {
        annotations.mentions(labeled: GraphVocabulary.meeting).map { meeting in
            let participants = annotations.facts.filter { $0.type == GraphVocabulary.attended && $0.to == meeting.id }
                .compactMap { name(of: $0.from) }
            return ExtractedEvent(
                document: document.name, date: meeting.properties["date"]?.stringValue.flatMap(PartialDate.init(iso:)),
                text: meeting.properties["title"]?.stringValue ?? meeting.text, participants: participants)
        }
    }

    /// Each meeting as "title | date | status | attendee/role, ... | place, ...".
    var meetingLines: [String] {
        annotations.mentions(labeled: GraphVocabulary.meeting).map { meeting in
            let who = annotations.facts.filter { $0.to == meeting.id && $0.type == GraphVocabulary.attended }
                .map { "\(name(of: $0.from) ?? "?")/\($0.properties["role"]?.stringValue ?? "")" }
            let places = annotations.facts.filter { $0.from == meeting.id && $0.type == GraphVocabulary.heldAt }
                .compactMap { name(of: $0.to) }
            let properties = meeting.properties
            return [properties["title"]?.stringValue ?? "", properties["date"]?.stringValue ?? "-",
                    properties["status"]?.stringValue ?? "", who.joined(separator: ", "), places.joined(separator: ", ")]
                .joined(separator: " | ")
        }
    }

    /// Each decision as "text | made by, ...".
    var decisionLines: [String] {
        annotations.mentions(labeled: GraphVocabulary.decision).map { decision in
            let made = annotations.facts.filter { $0.to == decision.id && $0.type == GraphVocabulary.made }.compactMap { name(of: $0.from) }
            return (decision.properties["text"]?.stringValue ?? "") + " | " + made.joined(separator: ", ")
        }
    }

    /// The document's decisions as the gold scorer reads them.
    var decisions: [ExtractedEvent] {
        annotations.mentions(labeled: GraphVocabulary.decision).map { decision in
            ExtractedEvent(
                document: document.name, date: nil, text: decision.properties["text"]?.stringValue ?? decision.text,
                participants: [])
        }
    }
}
