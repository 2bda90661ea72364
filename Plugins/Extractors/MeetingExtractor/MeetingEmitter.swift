import DocGraphKit

/// Turns merged candidates into the extractor's output: one Meeting mention each, ATTENDED
/// facts from its participants, HELD_AT facts to its places, and the Place mentions the
/// extractor added, only those a meeting uses.
struct MeetingEmitter {
    let document: Document
    let extractor: String

    func annotations(for candidates: [MeetingCandidate], places: [Mention]) -> Annotations {
        var result = Annotations()
        var usedPlaces = Set<String>()
        for (number, candidate) in candidates.enumerated() {
            let id = "\(extractor)#\(number + 1)"
            var properties: Properties = [
                "title": .string(MeetingEmitter.oneLine(candidate.titleText)), "status": .string(candidate.status),
                "kind": .string(candidate.kind),
            ]
            if let date = candidate.date { properties["date"] = .string(date.iso) }
            result.mentions.append(Mention(
                id: id, label: GraphVocabulary.meeting, range: candidate.title, text: document.text(in: candidate.title),
                properties: properties, evidence: candidate.evidence, extractor: extractor,
                confidence: candidate.source == .diary ? 0.9 : 0.7))
            for participant in candidate.participants {
                result.facts.append(Fact(
                    type: GraphVocabulary.attended, from: participant.mention, to: id,
                    properties: ["role": .string(participant.role)], evidence: participant.evidence, extractor: extractor,
                    confidence: 0.7))
            }
            for place in candidate.places {
                usedPlaces.insert(place.mention)
                result.facts.append(Fact(
                    type: GraphVocabulary.heldAt, from: id, to: place.mention, evidence: place.evidence, extractor: extractor,
                    confidence: 0.7))
            }
        }
        result.mentions += places.filter { usedPlaces.contains($0.id) }
        return result
    }

    /// A title on one line with single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
