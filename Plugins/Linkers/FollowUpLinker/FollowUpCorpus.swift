import DocGraphKit

/// Everything the linker reads from the graph, prepared once per run: the documents as
/// passages, where entities are mentioned, word statistics, and the commitments.
struct FollowUpCorpus: Sendable {
    var documents: [CorpusDocument] = []
    var documentIndex: [String: Int] = [:]
    var entities: EntityIndex
    var statistics: TermStatistics
    /// Each passage's weighted terms, by document and passage.
    var vectors: [[[String: Double]]] = []
    /// Each section's weighted terms (a heading and the passages under it; -1 is the part
    /// before the first heading), by document and the section's heading.
    var sections: [[Int: [String: Double]]] = []
    var commitments: [CommitmentRecord] = []
    /// Passages that state a commitment: as a follow-up they need the language of an outcome.
    var commitmentPassages = Set<PassageKey>()
    /// Every window a follow-up can be read from, with postings from terms.
    var windows = WindowIndex()
    /// For each boilerplate key, the documents whose passages have it.
    var boilerplate: [String: Set<Int>] = [:]
    /// The month (year × 12 + month − 1) each dated document begins in; documents come oldest
    /// first with the undated last, so this is sorted and covers a prefix of ``documents``.
    var documentMonths: [Int] = []
    /// The commitments of each document, by document.
    var commitmentsOfDocument: [Int: [Int]] = [:]

    /// A passage whose key appears in this many documents is a recurring line, not news.
    static let recurringDocuments = 3

    /// A word in at most this share of the passages (and at least ``topicMinimum``) is rare
    /// enough to name a topic.
    static let topicShare = 0.05
    static let topicMinimum = 3

    init(graph: any GraphReading, lexicon: FollowUpLexicon) throws {
        entities = try EntityIndex(graph: graph)
        for stored in try graph.documents() {
            guard let text = try graph.text(ofDocument: stored.sha256) else { continue }
            documentIndex[stored.sha256] = documents.count
            documents.append(CorpusDocument(stored: stored, text: text, lexicon: lexicon, entities: entities))
        }
        documentMonths = documents.compactMap { $0.stored.date.map { Self.month(of: $0) } }
        statistics = TermStatistics(passages: documents.lazy.flatMap(\.passages))
        vectors = documents.map { document in document.passages.map { statistics.weigh($0.terms) } }
        sections = documents.indices.map { index in
            var sections: [Int: [String: Double]] = [:]
            for (passage, vector) in zip(documents[index].passages, vectors[index]) {
                sections[passage.isHeading ? -2 : (passage.heading ?? -1), default: [:]].add(vector)
            }
            for (heading, passage) in documents[index].passages.enumerated() where passage.isHeading {
                sections[heading, default: [:]].add(vectors[index][heading])
            }
            sections[-2] = nil
            return sections
        }
        for (index, document) in documents.enumerated() {
            for passage in document.passages where !passage.boilerplateKey.isEmpty {
                boilerplate[passage.boilerplateKey, default: []].insert(index)
            }
        }
        windows = WindowIndex(documents: documents, vectors: vectors) { !lexicon.anaphora.matches(in: $0.words).isEmpty }
        try loadCommitments(from: graph, lexicon: lexicon)
    }

    /// True when a passage is a recurring line, or repeats a line of the document `other`.
    func isBoilerplate(_ key: PassageKey, comparedWith other: Int) -> Bool {
        let passageKey = documents[key.document].passages[key.passage].boilerplateKey
        guard let documents = boilerplate[passageKey] else { return false }
        return documents.count >= Self.recurringDocuments || (other != key.document && documents.contains(other))
    }

    /// The weighted terms of the section a passage belongs to.
    func section(of key: PassageKey) -> [String: Double] {
        let passage = documents[key.document].passages[key.passage]
        return sections[key.document][passage.isHeading ? key.passage : (passage.heading ?? -1)] ?? [:]
    }

    /// The commitment a passage points back to: a pledge or promise stated in the same
    /// document at most ``FollowUpScorer/sameDocumentReach`` sentences before it, the nearest.
    func commitment(pointedBackToFrom key: PassageKey) -> Int? {
        (commitmentsOfDocument[key.document] ?? []).filter {
            commitments[$0].isPromise
                && (1...FollowUpScorer.sameDocumentReach).contains(key.passage - commitments[$0].passage)
        }.max { commitments[$0].passage < commitments[$1].passage }
    }

    /// The windows that may follow up a commitment: its own document's, and those of the
    /// documents dated from its month to `reach` months after it (a superset; the scorer checks
    /// each date), as disjoint ranges.
    func reachableWindows(of commitment: CommitmentRecord, reach: Int) -> [Range<Int>] {
        let own = windows.windowsOfDocument[commitment.document]
        guard let made = commitment.date else { return [own] }
        let start = Self.month(of: made)
        let end = start + (made.month == nil ? 11 : 0) + reach
        let first = documentMonths.firstIndex(atOrPast: { $0 >= start })
        let last = documentMonths.firstIndex(atOrPast: { $0 > end })
        guard first < last else { return [own] }
        let later = windows.windowsOfDocument[first].lowerBound..<windows.windowsOfDocument[last - 1].upperBound
        // Disjoint, so no window is weighed twice.
        if own.overlaps(later) || own.upperBound == later.lowerBound || later.upperBound == own.lowerBound {
            return [min(own.lowerBound, later.lowerBound)..<max(own.upperBound, later.upperBound)]
        }
        return [own, later]
    }

    static func month(of date: PartialDate) -> Int {
        date.year * 12 + (date.month ?? 1) - 1
    }

    /// The date a document carries.
    func date(ofDocument index: Int) -> PartialDate? {
        documents[index].stored.date
    }

    private mutating func loadCommitments(from graph: any GraphReading, lexicon: FollowUpLexicon) throws {
        let planNames = Dictionary(uniqueKeysWithValues: try graph.nodes(labeled: GraphVocabulary.plan).map { ($0.id, $0.displayName) })
        var plans: [Int64: [String]] = [:]
        for relationship in try graph.relationships(ofType: GraphVocabulary.partOf) {
            if let name = planNames[relationship.to] { plans[relationship.from, default: []].append(name) }
        }
        var concerns: [Int64: Set<Int64>] = [:]
        for relationship in try graph.relationships(ofType: GraphVocabulary.concerns) {
            concerns[relationship.from, default: []].insert(relationship.to)
        }
        var makers: [Int64: Set<Int64>] = [:]
        for relationship in try graph.relationships(ofType: GraphVocabulary.made) {
            makers[relationship.to, default: []].insert(relationship.from)
        }
        for node in try graph.nodes(labeled: GraphVocabulary.commitment) {
            guard let evidence = try graph.mentions(ofNode: node.id).first,
                  let document = documentIndex[evidence.document],
                  let passage = documents[document].passage(containingScalar: evidence.start) else { continue }
            let text = node.properties["text"]?.stringValue ?? evidence.quote
            var record = CommitmentRecord(
                id: node.id, text: text, evidence: evidence,
                date: node.properties["date"]?.stringValue.flatMap(PartialDate.init(iso:)) ?? documents[document].stored.date,
                due: node.properties["due"]?.stringValue.flatMap(PartialDate.init(iso:)),
                kind: node.properties["kind"]?.stringValue, document: document,
                passage: passage, plans: (plans[node.id] ?? []).sorted(), makers: makers[node.id] ?? [],
                role: CommitmentRecord.role(in: text, recruitment: lexicon.recruitment))
            record.vector = statistics.weigh(record.counts(in: documents, concerns: concerns[node.id] ?? []))
            record.own = vectors[document][passage]
            let limit = max(Self.topicMinimum, Int(Self.topicShare * statistics.passageCount))
            record.topic = CueFinder.Topic(
                own: CommitmentRecord.distinctive(documents[document].passages[passage].terms.keys, statistics: statistics, limit: limit),
                wide: CommitmentRecord.distinctive(record.vector.keys, statistics: statistics, limit: limit))
            record.isRecurring = isBoilerplate(PassageKey(document: document, passage: passage), comparedWith: document)
            record.section = section(of: PassageKey(document: document, passage: passage))
            for maker in record.makers { record.section["@\(maker)"] = nil }
            commitmentsOfDocument[document, default: []].append(commitments.count)
            commitments.append(record)
            commitmentPassages.insert(PassageKey(document: document, passage: passage))
        }
    }
}
