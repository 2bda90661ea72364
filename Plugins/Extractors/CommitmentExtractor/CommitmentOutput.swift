import DocGraphKit

/// The mentions and facts the extractor adds for one document, built sentence by sentence.
struct CommitmentOutput {
    let document: Document
    let annotations: Annotations
    let rules: CommitmentRules
    let dueFinder: DueDateFinder
    let planFinder: PlanNameFinder
    private(set) var additions = Annotations()
    private var counter = 0
    /// Who "I" and "my office" are, as the authors extractor found them.
    private let author: DocumentAuthor?

    init(document: Document, annotations: Annotations, lexicon: CommitmentLexicon) {
        self.document = document
        self.annotations = annotations
        self.rules = CommitmentRules(lexicon: lexicon)
        self.dueFinder = DueDateFinder(lexicon: lexicon)
        self.planFinder = PlanNameFinder(lexicon: lexicon)
        self.author = DocumentAuthor(annotations: annotations)
    }

    /// Adds the commitments of one sentence, with their maker, plan and the entities they concern.
    mutating func add(_ sentence: Sentence) {
        let text = document.text(in: sentence.range)
        guard text.last(where: { !$0.isWhitespace }) != "?" else { return }
        let tokens = annotations.tokens(inside: sentence.range)
        var commitments: [(id: String, subject: CommitmentSubject)] = []
        for clause in Clause.clauses(of: tokens, lexicon: rules.lexicon) {
            guard let cue = rules.cue(in: clause.words), let end = clause.range?.end else { continue }
            let timing = dueFinder.timing(of: clause, after: cue.position, in: document)
            if cue.needsTimetable && !timing.hasTimetable && !cue.hasTimingAdverb { continue }
            let range = TextRange(start: clause.words[cue.start].range.start, end: end)
            commitments.append((addCommitment(range: range, sentence: sentence, cue: cue, due: timing.due), cue.subject))
        }
        guard !commitments.isEmpty else { return }
        let words = tokens.filter { $0.kind == .word }.flatMap { ClauseWord.words(of: $0, quoted: false) }
        let plans = planFinder.plans(in: words).map { run in
            addPlan(range: TextRange(start: words[run.lowerBound].range.start, end: words[run.upperBound - 1].range.end))
        }
        let concerned = concernedMentions(in: sentence)
        for (commitment, subject) in commitments {
            if let author {
                let maker = subject == .office ? author.collective : author.person
                addFact(GraphVocabulary.made, from: maker, to: commitment, sentence: sentence)
            }
            for plan in plans { addFact(GraphVocabulary.partOf, from: commitment, to: plan, sentence: sentence) }
            for entity in concerned { addFact(GraphVocabulary.concerns, from: commitment, to: entity, sentence: sentence) }
        }
    }

    private mutating func addCommitment(range: TextRange, sentence: Sentence, cue: CommitmentCue, due: PartialDate?) -> String {
        let text = document.text(in: range)
        var properties: Properties = [
            "text": .string(Self.collapsingWhitespace(text)), "kind": .string(cue.kind.rawValue),
        ]
        if let date = document.date { properties["date"] = .string(date.iso) }
        if let due { properties["due"] = .string(due.iso) }
        let confidence: Double = switch cue.kind {
        case .pledge, .promise: 0.9
        case .intention: 0.8
        case .expectation: 0.7
        }
        return addMention(Mention(
            id: nextID(), label: GraphVocabulary.commitment, range: range, text: text, properties: properties,
            evidence: sentence.range, extractor: CommitmentExtractor.id, confidence: confidence))
    }

    private mutating func addPlan(range: TextRange) -> String {
        let text = document.text(in: range)
        return addMention(Mention(
            id: nextID(), label: GraphVocabulary.plan, range: range, text: text,
            properties: ["name": .string(Self.collapsingWhitespace(text))], extractor: CommitmentExtractor.id,
            confidence: 0.8))
    }

    /// Node mentions of other extractors in the sentence, other than the author: what the
    /// sentence's commitments concern.
    private func concernedMentions(in sentence: Sentence) -> [String] {
        let excluded: Set<String> = [GraphVocabulary.commitment, GraphVocabulary.plan, GraphVocabulary.document, GraphVocabulary.update]
        let authorKey = author.map { NameKey.normalise($0.name) }
        var seen: Set<String> = Set([author?.person, author?.office].compactMap { $0 })
        return annotations.mentions(inside: sentence.range).compactMap { mention in
            guard mention.isNode, !excluded.contains(mention.label) else { return nil }
            if mention.label == GraphVocabulary.person, let authorKey,
               NameKey.normalise(mention.properties["name"]?.stringValue ?? mention.text) == authorKey { return nil }
            return seen.insert(mention.id).inserted ? mention.id : nil
        }
    }

    private mutating func addFact(_ type: String, from: String, to: String, sentence: Sentence) {
        additions.facts.append(Fact(type: type, from: from, to: to, evidence: sentence.range, extractor: CommitmentExtractor.id))
    }

    private mutating func addMention(_ mention: Mention) -> String {
        additions.mentions.append(mention)
        return mention.id
    }

    private mutating func nextID() -> String {
        counter += 1
        return "\(CommitmentExtractor.id)#\(counter)"
    }

    /// The text with every run of white space made one space.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
