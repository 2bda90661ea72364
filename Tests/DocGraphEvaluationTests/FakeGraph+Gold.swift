import DocGraphEvaluation
import DocGraphKit

extension FakeGraph {
    /// A graph holding exactly what a gold file annotates, as a perfect extractor would write it.
    init(copying gold: GoldStandard) {
        self.init(documents: gold.documents.map(\.file))
        for person in gold.people {
            addPerson(person.name, aliases: person.aliases, in: person.docs)
        }
        for body in gold.organisations {
            addNode(GraphVocabulary.organisation, ["name": .string(body.name), "aliases": .list(body.aliases.map(PropertyValue.string))],
                    in: body.docs)
        }
        for meeting in gold.meetings {
            var properties: Properties = ["title": .string(meeting.title)]
            if let date = meeting.date { properties["date"] = .string(date.iso) }
            addNode(GraphVocabulary.meeting, properties, in: [meeting.doc], quote: meeting.evidence ?? "")
        }
        for decision in gold.decisions {
            addNode(GraphVocabulary.decision, ["text": .string(decision.keywords.joined(separator: "; "))], in: [decision.doc])
        }
        var commitments: [String: Int64] = [:]
        for commitment in gold.commitments {
            commitments[commitment.id] = addNode(
                GraphVocabulary.commitment, ["text": .string(commitment.keywords.joined(separator: "; "))], in: [commitment.doc])
        }
        for followUp in gold.followUps {
            let update = addNode(GraphVocabulary.update, ["text": .string(followUp.keywords.joined(separator: "; "))], in: [followUp.doc])
            if let commitment = commitments[followUp.commitment] {
                relate(GraphVocabulary.followsUp, from: update, to: commitment, in: followUp.doc)
            }
        }
    }
}
