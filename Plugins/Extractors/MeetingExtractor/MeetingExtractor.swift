import DocGraphKit

/// Finds meetings, visits, conferences and events, who took part and where: Meeting mentions
/// with ATTENDED facts from the people and bodies taking part (role attendee, chair, speaker or
/// host) and HELD_AT facts to their places, each with its sentence or diary entry as evidence.
///
/// Shapes it reads: diary lists ("March 7: Rugby Community Safety Partnership meeting",
/// planned, dated, with a trailing place), activity summaries ("Chaired the ... meeting",
/// held, the author taking part), narrative ("I joined ... at a cycle security event in
/// Warwick", "The Kenilworth Show on June 10 ...", "Colin joined me at Leek Wootton to ..."),
/// captions ("Pictured above at the castle are ..."), and recurring meetings ("a weekly meeting
/// with the Chief Constable", one node per document). "I", "me", "my office" and "we" are the
/// document's author as the authors extractor records it (``DocumentAuthor``). Dates come from
/// the shared date normaliser, relative ones ("last week") counted from the document's date.
/// The words come from the core rule pack (`meeting-words`, `meeting-cues`).
public struct MeetingExtractor: Extractor {
    public let manifest = PluginManifest(
        id: "meetings.v1", name: "Meetings",
        summary: "Meetings, visits and events with who took part, where and when",
        kind: .extractor,
        needs: ["sentences", "tokens", GraphVocabulary.person, GraphVocabulary.organisation, GraphVocabulary.place,
                DocumentAuthor.label],
        produces: [GraphVocabulary.meeting, GraphVocabulary.place, GraphVocabulary.attended, GraphVocabulary.heldAt])

    public init() {}

    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        var scope = MeetingScope(
            document: document, annotations: annotations, lexicon: context.wordLists.derived("meetings.lexicon") { MeetingLexicon(context) }, extractor: manifest.id)
        let sentences = annotations.sentences
        let sections = DocumentSections(document: document, sentences: sentences)
        let entries = DiaryEntry.entries(in: document, annotations: annotations)
        let diary = DiaryMeetings().candidates(for: entries, scope: &scope, sections: sections) { range in
            sentences.firstIndex { $0.range.overlaps(range) } ?? 0
        }
        var readings: [(sentence: Int, section: Int, reading: SentenceMeetings.Reading)] = []
        for (index, sentence) in sentences.enumerated() where !entries.contains(where: { $0.range.overlaps(sentence.range) }) {
            let section = sections.sectionOfSentence[index]
            let reader = SentenceMeetings(
                view: SentenceTokens(sentence: sentence, annotations: annotations), index: index, section: section,
                isHeading: sections.isHeading[index])
            let heading = sections.headings[safe: section] ?? nil
            let reading = reader.read(scope: &scope, heading: heading)
            readings.append((index, section, reading))
        }
        let titled = { (candidate: MeetingCandidate) -> MeetingCandidate in
            var copy = candidate
            copy.titleText = document.text(in: candidate.title)
            return copy
        }
        let dating = MeetingDating(scope: scope, sentences: sentences, sections: sections, readings: readings)
        let merged = MeetingMerger().merge(
            readings.map { ($0.sentence, $0.section, $0.reading.mapCandidate(titled)) }, diary: diary.map(titled))
            .map(dating.dated)
        return MeetingEmitter(document: document, extractor: manifest.id).annotations(for: merged, places: scope.newPlaces)
    }
}
