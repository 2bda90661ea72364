import DocGraphKit

/// Scores the passages of one document as follow-ups of one commitment.
///
/// A window (one sentence, or two in a row) qualifies when it comes later than the
/// commitment (a later-dated document; in the same document, within a few sentences and
/// pointing back to it, "make good on that commitment"), is not a recurring line, and is
/// similar enough in distinctive words and entities: a little similarity when it speaks the
/// language of an outcome, much more when it does not. A window that itself states a
/// commitment counts only with that language. The score adds weights for that language, for
/// pointing back, for naming the commitment's plan and for naming someone in the role it set
/// out to fill.
struct FollowUpScorer: Sendable {
    let corpus: FollowUpCorpus
    let options: FollowUpOptions
    let cues: CueFinder

    /// How far after a commitment, in sentences, the same document may report on it.
    static let sameDocumentReach = 3
    /// How many shared words an explanation lists.
    static let explainedWords = 5

    /// The segments of the windows a commitment reaches (``WindowIndex/segments(overlapping:)``),
    /// which ``candidates(for:segments:)`` needs: none for a recurring line.
    func segments(for index: Int) -> [Int] {
        let commitment = corpus.commitments[index]
        guard !commitment.isRecurring else { return [] }
        // Its own document's too, for its section, even when that has no window.
        let reached = corpus.windows.segments(overlapping: corpus.reachableWindows(of: commitment, reach: options.reachMonths))
        return Set(reached + [corpus.windows.segment(ofDocument: commitment.document)]).sorted()
    }

    /// Every window that qualifies as a follow-up of a commitment, given the segments it
    /// reaches (``segments(for:)``, in that order). Only windows within its reach
    /// that share a term with it are considered, and only the most similar of them
    /// (``FollowUpOptions/candidateLimit``) are weighed in full. Its own document's words and
    /// term counts are read back from the corpus's file; throws when they cannot be.
    func candidates(for index: Int, segments: [CorpusSegment]) throws -> [FollowUpCandidate] {
        let commitment = corpus.commitments[index]
        guard !commitment.isRecurring else { return [] }
        let own = try corpus.contents(ofDocument: commitment.document)
        let ranges = corpus.reachableWindows(of: commitment, reach: options.reachMonths)
        let terms = corpus.terms(of: commitment, in: own)
        let cosines = corpus.windows.cosines(with: terms.vector, excluding: commitment.makerTerms, in: ranges, postings: segments.map(\.postings))
        let similar = cosines.filter { number, local in
            let window = corpus.windows.windows[number]
            return local >= options.sentenceSimilarity && follows(commitment, in: Int(window.document), at: window.passages.lowerBound)
        }
        // The most similar windows first; on a tie, the earlier window.
        let weighed = similar.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(options.candidateLimit)
        var found: [FollowUpCandidate] = []
        for (number, local) in weighed {
            guard let candidate = score(index, terms: terms, window: corpus.windows.windows[number], local: local, segments: segments)
            else { continue }
            found.append(candidate)
        }
        return found
    }

    /// True when a passage comes after a commitment: in a later-dated document within the
    /// reach in months, or a few sentences later in the same one.
    func follows(_ commitment: CommitmentRecord, in document: Int, at passage: Int) -> Bool {
        if document == commitment.document {
            return (1...Self.sameDocumentReach).contains(passage - commitment.passage)
        }
        guard let made = commitment.date, let reported = corpus.date(ofDocument: document) else { return false }
        let lastMonth = FollowUpCorpus.month(of: made) + (made.month == nil ? 11 : 0)
        return made < reported && !made.agrees(with: reported)
            && FollowUpCorpus.month(of: reported) <= lastMonth + options.reachMonths
    }

    /// The words as written of a document, from the segment of `segments` holding it: the
    /// segments a commitment reaches (``segments(for:)``) hold every window it is weighed against.
    func words(ofDocument document: Int, in segments: [CorpusSegment]) -> WrittenWords? {
        corpus.segment(holding: document, in: segments)?.words(ofDocument: document)
    }

    /// The candidate a window makes for a commitment weighed by `terms`, or `nil` when it does not
    /// qualify; the sections and the window's words are read from `segments`, those the
    /// commitment reaches.
    func score(
        _ index: Int, terms: CommitmentTerms, window candidate: WindowIndex.Window, local: Double, segments: [CorpusSegment]
    ) -> FollowUpCandidate? {
        let commitment = corpus.commitments[index]
        let document = Int(candidate.document)
        guard let written = words(ofDocument: document, in: segments) else { return nil }
        let window = candidate.passages
        let keys = window.map { PassageKey(document: document, passage: $0) }
        guard !window.contains(where: { corpus.isBoilerplate(written.passages[$0], of: document, comparedWith: commitment.document) })
        else { return nil }
        // The sections of the window and of the commitment, less the commitment's makers.
        let sections = SparseVector.cosine(
            corpus.section(of: PassageKey(document: commitment.document, passage: commitment.passage), in: segments),
            corpus.section(of: keys[0], in: segments), excluding: commitment.makerTerms)
        let similarity = options.sentenceWeight * local + options.sectionWeight * sections
        let words = keys.flatMap { corpus.words(of: $0, in: written) }
        let found = cues.cues(in: words, stems: keys.flatMap { corpus.stems(of: $0, in: written) }, topic: terms.topic)
        let role = commitment.role.flatMap { filled($0, in: keys, written: written) }
        let plan = commitment.plans.isEmpty ? nil : plan(of: commitment, in: window, of: corpus.documents[document])
        if found.anaphora != nil, let local = corpus.commitment(pointedBackToFrom: keys[0]), local != index { return nil }
        if document == commitment.document && (found.anaphora == nil || !commitment.isPromise) { return nil }
        let hasCue = found.relation != nil || found.anaphora != nil || role != nil
        if !hasCue && keys.contains(where: corpus.commitmentPassages.contains) { return nil }
        guard similarity >= (hasCue ? options.similarityWithCue : options.similarityWithoutCue) else { return nil }
        var score = similarity
        if let relation = found.relation { score += options.cueWeights[relation] ?? 0 }
        if found.anaphora != nil && commitment.isPromise { score += options.anaphoraWeight }
        if plan != nil { score += options.planWeight }
        if role != nil { score += options.roleWeight }
        guard score >= options.minimumScore else { return nil }
        return FollowUpCandidate(
            commitment: index, document: document, passages: window, similarity: similarity, score: Self.rounded(score),
            relation: role != nil ? .fulfilled : found.relation ?? .progress, cues: found, plan: plan, role: role)
    }

    /// What matched for a candidate, in words a reader understands: shared words and entities,
    /// plan, cue, pointing back, role filled, time and similarity. The words and term counts of
    /// the commitment's document and of the candidate's are read back from the corpus's file.
    func matched(for candidate: FollowUpCandidate) throws -> [String] {
        let commitment = corpus.commitments[candidate.commitment]
        let contents = try corpus.contents(ofDocument: candidate.document)
        let own = candidate.document == commitment.document ? contents : try corpus.contents(ofDocument: commitment.document)
        let terms = corpus.terms(of: commitment, in: own)
        let vector = WindowIndex.vector(of: candidate.passages, in: contents, statistics: corpus.statistics)
        var matched = explanation(terms.vector, vector, window: candidate.passages, contents: contents)
        if let plan = candidate.plan { matched.append("plan: \(plan)") }
        if let phrase = candidate.cues.phrase, let relation = candidate.cues.relation {
            matched.append("cue: \(phrase) (\(relation.rawValue))")
        }
        if let anaphora = candidate.cues.anaphora { matched.append("points back: \(anaphora)") }
        if let role = candidate.role { matched.append("role filled: \(role)") }
        matched.append(timing(of: commitment, reportedIn: candidate.document, at: candidate.passages.lowerBound))
        matched.append("similarity: \(Self.rounded(candidate.similarity))")
        return matched
    }

    /// The role followed by a capitalised name in the window, as written: "Deputy Police and
    /// Crime Commissioner Sam Patel". `document` is the window's document's words as written.
    func filled(_ role: [String], in window: [PassageKey], written document: WrittenWords) -> String? {
        for passage in window {
            let words = corpus.words(of: passage, in: document)
            let written = corpus.written(of: passage, in: document)
            guard words.count >= role.count + 2 else { continue }
            for start in 0...(words.count - role.count - 2) where Array(words[start..<(start + role.count)]) == role {
                let name = written[(start + role.count)...].prefix(2)
                guard name.allSatisfy({ $0.first?.isUppercase == true && !cues.lexicon.stopwords.contains($0.lowercased()) })
                else { continue }
                return written[start..<(start + role.count + 2)].joined(separator: " ")
            }
        }
        return nil
    }

    /// The first of a commitment's plans the window names.
    func plan(of commitment: CommitmentRecord, in window: Range<Int>, of document: CorpusDocument) -> String? {
        commitment.plans.first { document.plans.names($0.lowercased(), in: window) }
    }

    /// Shared words and entities, most weighty first, as written in the window; `contents` are
    /// its document's.
    func explanation(
        _ commitment: SparseVector, _ window: SparseVector, window range: Range<Int>, contents: DocumentWords
    ) -> [String] {
        let terms = corpus.terms
        let shared = commitment.shared(with: window)
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : terms[$0.term] < terms[$1.term] }
            .map(\.term)
        let words = shared.filter { !corpus.statistics.isEntity($0) }.prefix(Self.explainedWords).compactMap { term in
            range.lazy.compactMap { surface(of: terms[term], in: contents.written(of: contents.passages[$0])) }.first
        }
        let entities = shared.filter { corpus.statistics.isEntity($0) }.compactMap { Int64(terms[$0].dropFirst()) }
            .compactMap { corpus.entities.names[$0] }
        var lines: [String] = []
        if !words.isEmpty { lines.append("words: " + words.map { $0.lowercased() }.joined(separator: ", ")) }
        if !entities.isEmpty { lines.append("entities: " + entities.joined(separator: ", ")) }
        return lines
    }

    /// The first of a passage's words (`written`, as ids), as written, whose stem is `stem`.
    func surface(of stem: String, in written: ArraySlice<Int32>) -> String? {
        for written in written where corpus.contentStems[Int(corpus.lowerWords[Int(written)])] == stem {
            return corpus.words[written]
        }
        return nil
    }

    /// When the follow-up came: the two dates, or how far later in the same document.
    func timing(of commitment: CommitmentRecord, reportedIn document: Int, at passage: Int) -> String {
        if document == commitment.document {
            let distance = passage - commitment.passage
            return "time: same document, \(distance) sentence\(distance == 1 ? "" : "s") later"
        }
        let made = commitment.date?.iso ?? "undated"
        let reported = corpus.date(ofDocument: document)?.iso ?? "undated"
        return "time: made \(made), reported \(reported)"
    }

    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
