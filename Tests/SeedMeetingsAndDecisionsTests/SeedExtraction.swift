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
        let document = try TextReader().read(DocumentFixtures.readerInput(contentsOf: url)).document
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

    /// The document's decisions as the gold scorer reads them.
    var decisions: [ExtractedEvent] {
        annotations.mentions(labeled: GraphVocabulary.decision).map { decision in
            ExtractedEvent(
                document: document.name, date: nil, text: decision.properties["text"]?.stringValue ?? decision.text,
                participants: [])
        }
    }
}
