import Dispatch
import DocGraphKit
import Synchronization

/// Everything the linker reads from the graph, prepared once per run: the documents as
/// passages, where entities are mentioned, word statistics, and the commitments.
///
/// It holds every document at once, so it is kept compact: terms and words are interned
/// (``Vocabulary``); a document's passages' written words' ids and sorted term counts
/// (``DocumentWords``) go to a file (``PassageFile``) as it is read, and come back while the
/// document is weighed, its passages keeping offsets into them; the text is not kept (what the
/// scorer reads of it, the plans a window names, is found while it is read: ``PlanMentions``);
/// weighted vectors of passages and windows are not kept but made again from the counts where
/// needed (the windows' postings and the sections' weighted terms are built a segment at a time
/// while the commitments are weighed: ``CorpusSegment``, ``CandidateSweep``), and boilerplate
/// keys are hashes (``BoilerplateIndex``).
struct FollowUpCorpus: Sendable {
    var documents: [CorpusDocument] = []
    /// The documents' words and term counts, by ``CorpusDocument/contents``.
    let passageFile: PassageFile
    var documentIndex: [String: Int] = [:]
    var entities: EntityIndex
    /// The terms (stems, pairs of stems and `@<node id>`) the passages' counts and the vectors
    /// name by id.
    var terms = Vocabulary()
    /// The words (lower case and as written) the passages name by id.
    var words = Vocabulary()
    /// The id of each written word's lower-case form, by the written word's id (-1 for a word
    /// only seen in lower case, which is its own).
    var lowerWords: [Int32] = []
    /// The term id of each word's stem, by the id of the word in lower case (-1 when the stem
    /// is no term): cue checks stem the words of every window they read, and a corpus repeats
    /// its words many times over.
    var wordStems: [Int32] = []
    /// Each word's stem when it is a content word (``CorpusDocument/isContent(_:lexicon:)``), by word id.
    var contentStems: [String?] = []
    var statistics: TermStatistics
    var commitments: [CommitmentRecord] = []
    /// Passages that state a commitment: as a follow-up they need the language of an outcome.
    var commitmentPassages = Set<PassageKey>()
    /// Every window a follow-up can be read from, and the segments their postings are built in.
    var windows = WindowIndex()
    /// For each boilerplate key, the documents whose passages have it.
    var boilerplate = BoilerplateIndex(limit: FollowUpCorpus.recurringDocuments)
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

    /// Reads the graph; the documents' words and term counts go to a new file in
    /// `temporaryFolder` (the system's temporary folder when `nil`).
    init(graph: any GraphReading, lexicon: FollowUpLexicon, temporaryFolder: String? = nil) throws {
        entities = try EntityIndex(graph: graph)
        passageFile = try PassageFile(folder: temporaryFolder)
        let plans = Set(try graph.nodes(labeled: GraphVocabulary.plan).map { $0.displayName.lowercased() }).sorted()
        let read = try Self.readDocuments(of: graph, lexicon: lexicon, entities: entities, plans: plans, file: passageFile)
        (documents, terms, words, lowerWords) = (read.documents, read.terms, read.words, read.lowerWords)
        (windows, boilerplate) = (read.windows.cut(every: WindowIndex.segmentWindows), read.boilerplate)
        entities = entities.namesOnly()
        for (index, document) in documents.enumerated() { documentIndex[document.stored.sha256] = index }
        documentMonths = documents.compactMap { $0.stored.date.map { Self.month(of: $0) } }
        statistics = TermStatistics(frequencies: read.frequencies, passageCount: read.passageCount, vocabulary: terms)
        let strings = words.strings
        let stemmed = strings.map(Stemmer.stem)
        wordStems = stemmed.map { terms.id(of: $0) ?? -1 }
        contentStems = strings.indices.map { CorpusDocument.isContent(strings[$0], lexicon: lexicon) ? stemmed[$0] : nil }
        try loadCommitments(from: graph, lexicon: lexicon)
    }

    /// How many documents are read at once, on all cores, before their words are interned.
    static let documentsReadTogether = 32

    /// What reading the documents makes: the documents, the terms and words they intern, in
    /// how many passages each term is (by term id) out of how many, the documents' windows and
    /// their passages' boilerplate keys.
    private typealias ReadDocuments = (
        documents: [CorpusDocument], terms: Vocabulary, words: Vocabulary, lowerWords: [Int32],
        frequencies: [Int32], passageCount: Int, windows: WindowIndex, boilerplate: BoilerplateIndex
    )

    /// Reads every document into passages, in the graph's order, with the terms and words they
    /// intern and where they name one of the `plans` (in lower case), their words and term counts
    /// written to `file`: a slice at a time, each slice's documents split on all cores (each
    /// worker keeping its own stems) while the slice before is interned in order on one of them,
    /// so the corpus is the same however the work was shared.
    private static func readDocuments(
        of graph: any GraphReading, lexicon: FollowUpLexicon, entities: EntityIndex, plans: [String], file: PassageFile
    ) throws -> ReadDocuments {
        let read = Mutex<ReadDocuments>((
            [], Vocabulary(), Vocabulary(), [], [], 0, WindowIndex(), BoilerplateIndex(limit: FollowUpCorpus.recurringDocuments)))
        let failure = Mutex<(any Error)?>(nil)
        let stored = try graph.documents()
        let stemCaches = Mutex<[ContentStems]>([])
        var previous: [DocumentDraft?] = []
        for start in stride(from: 0, to: stored.count, by: documentsReadTogether) {
            let slice = Array(stored[start..<min(stored.count, start + documentsReadTogether)])
            let texts = try slice.map { try graph.text(ofDocument: $0.sha256) }
            let drafts = Mutex<[DocumentDraft?]>(Array(repeating: nil, count: slice.count))
            let waiting = previous
            DispatchQueue.concurrentPerform(iterations: slice.count + 1) { iteration in
                guard iteration > 0 else {
                    do {
                        try read.withLock { try intern(waiting, into: &$0, file: file) }
                    } catch {
                        failure.withLock { $0 = $0 ?? error }
                    }
                    return
                }
                // A text past the offsets a passage keeps (4 GiB) is left out, as a missing one.
                guard let text = texts[iteration - 1], CorpusPassage.fits(textBytes: text.utf8.count) else { return }
                var stems = stemCaches.withLock { $0.popLast() } ?? ContentStems()
                let draft = DocumentDraft(
                    stored: slice[iteration - 1], text: text, lexicon: lexicon, entities: entities, plans: plans, stems: &stems)
                stemCaches.withLock { $0.append(stems) }
                drafts.withLock { $0[iteration - 1] = draft }
            }
            previous = drafts.withLock { $0 }
            if let error = failure.withLock({ $0 }) { throw error }
        }
        return try read.withLock { read in
            try intern(previous, into: &read, file: file)
            return read
        }
    }

    /// Interns read documents into what was read before them, in order, counting their terms,
    /// finding their windows and boilerplate keys, and writing their passages, words and term
    /// counts to `file`.
    private static func intern(_ drafts: [DocumentDraft?], into read: inout ReadDocuments, file: PassageFile) throws {
        for draft in drafts {
            guard let draft else { continue }
            var contents = DocumentWords()
            var document = CorpusDocument(
                draft, terms: &read.terms, words: &read.words, lowerWords: &read.lowerWords, contents: &contents)
            if read.frequencies.count < read.terms.count {
                read.frequencies += repeatElement(0, count: read.terms.count - read.frequencies.count)
            }
            for entry in contents.termEntries { read.frequencies[Int(entry.term)] += 1 }
            read.passageCount += document.passageCount
            read.windows.append(passagesOf: contents.passages)
            for passage in contents.passages { read.boilerplate.insert(passage.boilerplateKey, document: read.documents.count) }
            document.contents = try file.append(contents)
            read.documents.append(document)
        }
    }

    /// A document's passages, words and term counts, read back from the corpus's file.
    func contents(ofDocument index: Int) throws -> DocumentWords {
        try passageFile.read(documents[index].contents)
    }

    /// A passage's words in lower case, for phrase matching; `written` are its document's.
    func words(of key: PassageKey, in written: WrittenWords) -> [String] {
        written.of(passage: key.passage).map { words[lowerWords[Int($0)]] }
    }

    /// The term ids of the stems of a passage's words (-1 for a stem that is no term).
    func stems(of key: PassageKey, in written: WrittenWords) -> [Int32] {
        written.of(passage: key.passage).map { wordStems[Int(lowerWords[Int($0)])] }
    }

    /// A passage's words as written.
    func written(of key: PassageKey, in written: WrittenWords) -> [String] {
        written.of(passage: key.passage).map { words[$0] }
    }

    /// The ids of the terms naming entities (`@<node id>`), those the corpus has, sorted.
    func entityTerms(_ nodes: some Sequence<Int64>) -> [Int32] {
        Set(nodes.compactMap { terms.id(of: "@\($0)") }).sorted()
    }

    /// True when a passage of `document` is a recurring line, or repeats a line of the
    /// document `other`.
    func isBoilerplate(_ passage: CorpusPassage, of document: Int, comparedWith other: Int) -> Bool {
        let passageKey = passage.boilerplateKey
        let count = boilerplate.documentCount(of: passageKey)
        guard count > 0 else { return false }
        return count >= Self.recurringDocuments || (other != document && boilerplate.contains(passageKey, document: other))
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

    /// Terms rare enough to name a topic: words (not entities or pairs) in at most `limit` passages.
    /// The terms come sorted, and so go.
    func distinctive(_ terms: some Sequence<Int32>, limit: Int) -> [Int32] {
        terms.filter { statistics.isWord($0) && statistics.frequency(of: $0) <= limit }
    }

    /// What a commitment is weighed by when its candidates are: made when they are, not kept
    /// for every commitment at once. `contents` are its document's.
    func terms(of commitment: CommitmentRecord, in contents: DocumentWords) -> CommitmentTerms {
        let vector = statistics.weigh(commitment.counts(in: contents, concerns: commitment.concernTerms))
        let limit = max(Self.topicMinimum, Int(Self.topicShare * statistics.passageCount))
        let topic = CueFinder.Topic(
            own: distinctive(contents.terms(of: contents.passages[commitment.passage]).terms, limit: limit),
            wide: distinctive(vector.entries.lazy.map(\.term), limit: limit))
        return CommitmentTerms(vector: CompactVector(vector).vector, topic: topic)
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
        for relationship in try graph.relationshipEnds(ofType: GraphVocabulary.partOf) {
            if let name = planNames[relationship.to] { plans[relationship.from, default: []].append(name) }
        }
        var concerns: [Int64: Set<Int64>] = [:]
        for relationship in try graph.relationshipEnds(ofType: GraphVocabulary.concerns) {
            concerns[relationship.from, default: []].insert(relationship.to)
        }
        var makers: [Int64: Set<Int64>] = [:]
        for relationship in try graph.relationshipEnds(ofType: GraphVocabulary.made) {
            makers[relationship.to, default: []].insert(relationship.from)
        }
        let mentions = try graph.mentions(ofNodesLabeled: GraphVocabulary.commitment)
        let nodes = try graph.nodes(labeled: GraphVocabulary.commitment)
        // Each commitment's document, then its passage, each document's passages read back once.
        let statements: [(evidence: Evidence, document: Int)?] = nodes.map { node in
            mentions[node.id]?.first.flatMap { evidence in documentIndex[evidence.document].map { (evidence, $0) } }
        }
        let stated = nodes.indices.compactMap { member in statements[member].map { (member: member, statement: $0) } }
        var places: [(passage: Int, isRecurring: Bool)?] = Array(repeating: nil, count: nodes.count)
        for (document, members) in Dictionary(grouping: stated, by: \.statement.document) {
            let contents = try contents(ofDocument: document)
            for (member, statement) in members {
                guard let passage = contents.passage(containingScalar: statement.evidence.start) else { continue }
                places[member] = (passage, isBoilerplate(contents.passages[passage], of: document, comparedWith: document))
            }
        }
        for (node, (statement, place)) in zip(nodes, zip(statements, places)) {
            guard let (evidence, document) = statement, let (passage, isRecurring) = place else { continue }
            let text = node.properties["text"]?.stringValue ?? evidence.quote
            var record = CommitmentRecord(
                id: node.id,
                date: node.properties["date"]?.stringValue.flatMap(PartialDate.init(iso:)) ?? documents[document].stored.date,
                due: node.properties["due"]?.stringValue.flatMap(PartialDate.init(iso:)),
                kind: node.properties["kind"]?.stringValue, document: document,
                passage: passage, plans: (plans[node.id] ?? []).sorted(),
                role: CommitmentRecord.role(in: text, recruitment: lexicon.recruitment))
            record.makerTerms = entityTerms(makers[node.id] ?? [])
            record.concernTerms = entityTerms(concerns[node.id] ?? [])
            record.isRecurring = isRecurring
            commitmentsOfDocument[document, default: []].append(commitments.count)
            commitments.append(record)
            commitmentPassages.insert(PassageKey(document: document, passage: passage))
        }
    }

    /// The weighted terms of the own sentence of each of some commitments, by commitment: two
    /// commitments alike in these restate one another. Made when the follow-ups are chosen, not
    /// held while they are weighed; each document's contents are read back once. Kept to seven
    /// significant digits, as the vectors the scorer weighs.
    func ownTerms(of members: some Sequence<Int>) throws -> [Int: CompactVector] {
        var own: [Int: CompactVector] = [:]
        for (document, inDocument) in Dictionary(grouping: Set(members), by: { commitments[$0].document }) {
            let contents = try contents(ofDocument: document)
            for member in inDocument {
                let passage = contents.passages[commitments[member].passage]
                own[member] = CompactVector(statistics.weigh(contents.terms(of: passage)))
            }
        }
        return own
    }
}
