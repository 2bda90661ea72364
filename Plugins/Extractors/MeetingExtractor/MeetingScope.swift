import DocGraphKit

/// What every part of the meetings extractor reads about one document: the document, its
/// annotations, the lexicon, the author and the date normaliser, plus the Place mentions the
/// extractor adds itself.
struct MeetingScope {
    let document: Document
    let annotations: Annotations
    let lexicon: MeetingLexicon
    let author: DocumentAuthor?
    let normaliser: DateNormaliser
    let extractor: String
    /// Person, Organisation and Place mentions, in text order.
    let parties: [Mention]
    /// Place mentions this extractor added (diary places, "at X" without a mention).
    var newPlaces: [Mention] = []

    init(document: Document, annotations: Annotations, lexicon: MeetingLexicon, extractor: String) {
        self.document = document
        self.annotations = annotations
        self.lexicon = lexicon
        self.author = DocumentAuthor(annotations: annotations)
        self.normaliser = DateNormaliser(document: document)
        self.extractor = extractor
        let labels: Set<String> = [GraphVocabulary.person, GraphVocabulary.organisation, GraphVocabulary.place]
        self.parties = annotations.mentions.filter { labels.contains($0.label) }.sorted { $0.range < $1.range }
    }

    /// Parties whose words lie inside a range, in text order, without ones nested in another.
    func parties(inside range: TextRange, labels: Set<String>? = nil) -> [Mention] {
        var found: [Mention] = []
        for mention in parties where range.contains(mention.range) && (labels?.contains(mention.label) ?? true) {
            if let last = found.last, last.range.contains(mention.range) { continue }
            if let last = found.last, mention.range.contains(last.range) { found.removeLast() }
            found.append(mention)
        }
        return found
    }

    /// The Place mention over a range: an existing one that overlaps it, or a new one this
    /// extractor adds, unless a person or organisation is named there.
    mutating func place(over range: TextRange) -> String? {
        let overlapping = parties.filter { $0.range.overlaps(range) } + newPlaces.filter { $0.range.overlaps(range) }
        if let place = overlapping.first(where: { $0.label == GraphVocabulary.place }) { return place.id }
        guard overlapping.isEmpty else { return nil }
        let text = document.text(in: range)
        let mention = Mention(
            id: "\(extractor)#place\(newPlaces.count)", label: GraphVocabulary.place, range: range, text: text,
            properties: ["name": .string(text)], extractor: extractor, confidence: 0.7)
        newPlaces.append(mention)
        return mention.id
    }

    /// The status of a meeting on a date: held when the date is before the document's,
    /// planned when after, `nil` when they overlap or either is unknown.
    func status(on date: PartialDate?) -> String? {
        guard let date, let reference = document.date else { return nil }
        if date.agrees(with: reference) { return nil }
        return date < reference ? "held" : "planned"
    }
}
