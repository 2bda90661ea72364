import DocGraphKit

/// Finds decisions: Decision mentions (text, date, reference) with MADE facts from whoever
/// decided and CONCERNS facts to the people and bodies each is about, with the sentence as
/// evidence.
///
/// Shapes it reads: numbered decision records ("WPCC20019 – Proposed Precept ..."), awards
/// ("have been awarded to the charity Refuge"), agreements ("has been agreed with ..."),
/// appointments ("has been appointed as", "I have been chosen to chair", "now has a new chair,
/// Councillor ..."), conclusions ("I have concluded that ..."), commissions, adoptions and
/// approvals given ("has given his backing", "give its approval", "provided funding"). See
/// ``DecisionReader`` for the rules. Reports of one decision in one section (a heading and its
/// story, "The decision to ...") are one Decision. "I" and "my office" are the document's
/// author (``DocumentAuthor``). The words come from the core rule pack (`decision-words`,
/// `role-words`).
public struct DecisionExtractor: Extractor {
    public let manifest = PluginManifest(
        id: "decisions.v1", name: "Decisions",
        summary: "Decisions with who made them and what they concern",
        kind: .extractor,
        needs: ["sentences", "tokens", GraphVocabulary.person, GraphVocabulary.organisation, DocumentAuthor.label],
        produces: [GraphVocabulary.decision, GraphVocabulary.made, GraphVocabulary.concerns])

    public init() {}

    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        let lexicon = context.wordLists.derived("decisions.lexicon") { DecisionLexicon(context) }
        let author = DocumentAuthor(annotations: annotations)
        let normaliser = DateNormaliser(document: document)
        let parties = annotations.mentions
            .filter { $0.label == GraphVocabulary.person || $0.label == GraphVocabulary.organisation }
            .sorted { $0.range < $1.range }
        let sections = DocumentSections(document: document, sentences: annotations.sentences)
        let records = DecisionRecord.records(in: document, annotations: annotations, lexicon: lexicon)
        var candidates: [DecisionCandidate] = []
        for (index, sentence) in annotations.sentences.enumerated() {
            let section = sections.sectionOfSentence[index]
            if let record = records.first(where: { $0.range.overlaps(sentence.range) }) {
                if !candidates.contains(where: { $0.reference == record.reference }) {
                    candidates.append(DecisionCandidate(
                        range: record.range, reference: record.reference, date: nil, deciders: author.map { [$0.person] } ?? [],
                        concerns: [], trigger: record.reference, isAnaphoric: false, section: section))
                }
                continue
            }
            let reader = DecisionReader(
                view: SentenceTokens(sentence: sentence, annotations: annotations), section: section, lexicon: lexicon,
                author: author, parties: parties)
            guard let candidate = reader.read(normaliser: normaliser, text: document.text) else { continue }
            if let earlier = candidates.lastIndex(where: { $0.section == section && $0.reference == nil
                && (candidate.isAnaphoric || $0.trigger == candidate.trigger) }) {
                candidates[earlier] = DecisionExtractor.merge(candidates[earlier], candidate)
            } else {
                candidates.append(candidate)
            }
        }
        return emit(candidates, in: document)
    }

    /// One decision from two reports of it: the fuller statement, with both reports' parties.
    private static func merge(_ first: DecisionCandidate, _ second: DecisionCandidate) -> DecisionCandidate {
        var result = second.isAnaphoric || first.range.length >= second.range.length ? first : second
        result.isAnaphoric = false
        result.date = result.date ?? first.date ?? second.date
        for id in first.deciders + second.deciders where !result.deciders.contains(id) && result.deciders.isEmpty {
            result.deciders.append(id)
        }
        for id in first.concerns + second.concerns where !result.concerns.contains(id) && !result.deciders.contains(id) {
            result.concerns.append(id)
        }
        return result
    }

    private func emit(_ candidates: [DecisionCandidate], in document: Document) -> Annotations {
        var result = Annotations()
        for (number, candidate) in candidates.enumerated() {
            let id = "\(manifest.id)#\(number + 1)"
            let text = document.text(in: candidate.range)
            var properties: Properties = ["text": .string(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))]
            if let date = candidate.date { properties["date"] = .string(date.iso) }
            if let reference = candidate.reference { properties["reference"] = .string(reference) }
            result.mentions.append(Mention(
                id: id, label: GraphVocabulary.decision, range: candidate.range, text: text, properties: properties,
                evidence: candidate.range, extractor: manifest.id, confidence: candidate.reference == nil ? 0.7 : 0.9))
            for decider in candidate.deciders {
                result.facts.append(Fact(
                    type: GraphVocabulary.made, from: decider, to: id, evidence: candidate.range, extractor: manifest.id,
                    confidence: 0.7))
            }
            for party in candidate.concerns {
                result.facts.append(Fact(
                    type: GraphVocabulary.concerns, from: id, to: party, evidence: candidate.range, extractor: manifest.id,
                    confidence: 0.7))
            }
        }
        return result
    }
}
