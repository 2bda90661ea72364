import DocGraphKit
import Foundation

/// Finds places named as where something happened (`places.v1`): a town, building or site.
///
/// Three general rules: a capitalised name ending in a building or site word ("Neville House",
/// "Nuneaton Town Hall"); a name right after "at", "in", "near" and the like ("at Leek
/// Wootton", "in Nuneaton"), unless it is only ordinary English words, a month or a day; and
/// the place a diary entry ends with ("March 6: Visit to ..., Willoughby"). Words inside a
/// Person or Organisation mention are never a place, so this runs after both. Each mention
/// carries `name` and a `key`, so a place is one node across documents.
public struct PlaceExtractor: Extractor {
    public let manifest = PluginManifest(
        id: "places.v1", name: "Places", summary: "Towns, buildings and sites named as where something happened",
        kind: .extractor, needs: ["sentences", GraphVocabulary.person, GraphVocabulary.organisation],
        produces: [GraphVocabulary.place])

    private let dictionary: EnglishWords?

    /// - Parameter dictionary: the English word list; the system's wbritish list when `nil`.
    public init(dictionary: EnglishWords? = nil) {
        self.dictionary = dictionary
    }

    struct Lexicons: Sendable {
        var facilities: PhraseLexicon
        var prepositions: PhraseLexicon
        var calendar: PhraseLexicon

        static let shipped = Lexicons(
            facilities: PhraseLexicon(resource: "facility-words", in: .module),
            prepositions: PhraseLexicon(resource: "place-prepositions", in: .module),
            calendar: PhraseLexicon(resource: "calendar-words", in: .module))
    }

    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        let words = annotations.nameWords(of: document)
        let taken = annotations.mentions.filter { $0.label == GraphVocabulary.person || $0.label == GraphVocabulary.organisation }
            .map(\.range)
        var finder = PlaceFinder(
            words: words, taken: taken, lexicons: Lexicons.shipped, dictionary: dictionary ?? EnglishWords.system)
        let locator = SentenceLocator(document: document, annotations: annotations)
        var result = Annotations()
        for range in finder.run() {
            let text = Document.slice(document.text, TextRange(start: words[range.lowerBound].range.start,
                                                                 end: words[range.upperBound - 1].stemRange.end))
            let textRange = TextRange(start: words[range.lowerBound].range.start, end: words[range.upperBound - 1].stemRange.end)
            let name = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            result.mentions.append(Mention(
                id: "\(manifest.id)#\(result.mentions.count + 1)", label: GraphVocabulary.place, range: textRange,
                text: text, properties: ["name": .string(name)], key: name,
                evidence: locator.sentence(containing: textRange), extractor: manifest.id, confidence: 0.7))
        }
        return result
    }
}
