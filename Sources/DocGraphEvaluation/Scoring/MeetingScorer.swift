import DocGraphKit

/// Scores meetings one to one.
///
/// A Meeting node mentioned in a scored document matches a gold meeting of that document when
/// their dates agree at the coarser of the two precisions (any date, or none, agrees with a gold
/// meeting without one; lenient rules ignore dates) and either a participant is shared (an
/// ATTENDED node whose name or alias matches the participant or one of the gold entity's aliases)
/// or at least half (lenient: a third) of the gold title's words of four letters or more are
/// words of the node's title and evidence.
struct MeetingScorer {
    /// Words shorter than this in a gold title are not looked for.
    static let shortestTitleWord = 4

    var gold: GoldStandard

    func score(_ graph: EvaluatedGraph) -> KindReport {
        let meetings = gold.meetings
        let found = graph.nodes(GraphVocabulary.meeting).flatMap { node in node.documents.map { (node, $0) } }
        let titleWords = meetings.map { meeting in
            Set(TextWords.split(meeting.title).filter { $0.count >= Self.shortestTitleWord })
        }
        let participants = meetings.map { $0.participants.map(variants(of:)) }
        let attendees = Dictionary(uniqueKeysWithValues: found.map { node, _ in
            (node.id, (graph.attendees[node.id] ?? []).compactMap { graph.nodesByID[$0] })
        })
        let items = PairedItems(
            kind: .meetings,
            gold: meetings.map { PairedItems.Item(document: $0.doc, text: Self.describe($0.title, $0.date)) },
            found: found.map { node, document in
                PairedItems.Item(document: document, text: Self.describe(node.displayName, node.date), id: node.id)
            })
        return items.report { goldIndex, foundIndex, mode in
            let meeting = meetings[goldIndex]
            let (node, document) = found[foundIndex]
            guard document == meeting.doc else { return nil }
            if mode == .strict, let date = meeting.date {
                guard let nodeDate = node.date, nodeDate.agrees(with: date) else { return nil }
            }
            let words = titleWords[goldIndex]
            let sharedWords = words.intersection(node.text.words).count
            let wanted = participants[goldIndex]
            let shared = wanted.filter { variants in
                (attendees[node.id] ?? []).contains { attends($0, asOneOf: variants, mode: mode) }
            }.count
            guard shared > 0 || mode.isEnough(sharedWords, of: words.count) else { return nil }
            return (words.isEmpty ? 0 : Double(sharedWords) / Double(words.count))
                + (wanted.isEmpty ? 0 : Double(shared) / Double(wanted.count))
        }
    }

    /// The names that count as a participant: a gold person's or organisation's name and aliases
    /// when the participant is one of them, else the participant's name alone.
    private func variants(of participant: String) -> [String] {
        if let person = gold.people.first(where: { NameNormaliser.people.matchesAny([participant], $0.variants, mode: .strict) }) {
            return person.variants
        }
        if let body = gold.organisations.first(where: {
            NameNormaliser.organisations.matchesAny([participant], $0.variants, mode: .strict)
        }) {
            return body.variants
        }
        return [participant]
    }

    /// True when an attending node's name or an alias matches one of the participant's names.
    private func attends(_ node: EvaluatedNode, asOneOf names: [String], mode: MatchMode) -> Bool {
        let normaliser: NameNormaliser = node.labels.contains(GraphVocabulary.organisation) ? .organisations : .people
        return normaliser.matchesAny(node.names, names, mode: mode)
    }

    /// "Title (2017-03-07)", or the title alone without a date.
    static func describe(_ title: String, _ date: PartialDate?) -> String {
        date.map { "\(title) (\($0.iso))" } ?? title
    }
}
