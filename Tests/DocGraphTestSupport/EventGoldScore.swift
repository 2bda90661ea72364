import DocGraphKit

/// Scores meetings and decisions against the dev gold as ../shared/gold/README.md says: a
/// meeting matches in the same document when the dates agree at the coarser precision (any
/// date when the gold has none; no date against a gold date is a miss) and a participant is
/// shared or half the gold title's words of four letters or more are in the title; a decision
/// matches in the same document when half its keywords are in its text. Pairs are taken one
/// to one, as many as can be.
public struct EventGoldScore: Sendable {
    public var extracted: Int
    public var gold: Int
    public var matched: Int
    /// Gold items nothing matched, described.
    public var missed: [String]
    /// Extracted items that matched nothing, described.
    public var spurious: [String]

    public var precision: Double { extracted == 0 ? 0 : Double(matched) / Double(extracted) }
    public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// One line of figures.
    public var line: String {
        "extracted \(extracted), gold \(gold), matched \(matched), P \(rounded(precision)) R \(rounded(recall)) F1 \(rounded(f1))"
    }

    /// Meetings of the gold's documents scored.
    public static func meetings(_ found: [ExtractedEvent], against gold: GoldSeedFixtures.Gold) -> EventGoldScore {
        var aliases: [String: Set<String>] = [:]
        for entity in gold.people + gold.organisations {
            for spelling in [entity.name] + entity.aliases { aliases[normalise(spelling), default: []].insert(normalise(entity.name)) }
        }
        let documents = Set(gold.meetings.map(\.doc))
        let nodes = found.filter { documents.contains($0.document) }
        let matches = gold.meetings.map { meeting in
            nodes.indices.filter { index in
                let node = nodes[index]
                guard node.document == meeting.doc else { return false }
                if let iso = meeting.date, let date = PartialDate(iso: iso) {
                    guard let nodeDate = node.date, nodeDate.agrees(with: date) else { return false }
                }
                let names = Set(node.participants.flatMap { aliases[normalise($0)] ?? [normalise($0)] })
                if meeting.participants.contains(where: { names.contains(normalise($0)) }) { return true }
                let words = meeting.title.split { !$0.isLetter && $0 != "'" }.map(String.init).filter { $0.count >= 4 }
                let text = node.text.lowercased()
                return !words.isEmpty && Double(words.filter { text.contains($0.lowercased()) }.count) >= Double(words.count) / 2
            }
        }
        return score(matches, nodes: nodes, goldNames: gold.meetings.map { "\($0.doc.prefix(3)) \($0.date ?? "-") \($0.title)" })
    }

    /// Decisions of the gold's documents scored.
    public static func decisions(_ found: [ExtractedEvent], against gold: GoldSeedFixtures.Gold) -> EventGoldScore {
        let documents = Set(gold.meetings.map(\.doc))
        let nodes = found.filter { documents.contains($0.document) }
        let matches = gold.decisions.map { decision in
            nodes.indices.filter { index in
                let text = nodes[index].text.lowercased()
                let hits = decision.keywords.filter { text.contains($0.lowercased()) }.count
                return nodes[index].document == decision.doc && Double(hits) >= Double(decision.keywords.count) / 2
            }
        }
        return score(matches, nodes: nodes, goldNames: gold.decisions.map { "\($0.doc.prefix(3)) \($0.summary)" })
    }

    /// The largest one-to-one matching (augmenting paths) and its figures.
    private static func score(_ candidates: [[Int]], nodes: [ExtractedEvent], goldNames: [String]) -> EventGoldScore {
        var owner: [Int: Int] = [:]
        func augment(_ gold: Int, _ seen: inout Set<Int>) -> Bool {
            for node in candidates[gold] where seen.insert(node).inserted {
                if let other = owner[node] {
                    if augment(other, &seen) { owner[node] = gold; return true }
                } else {
                    owner[node] = gold
                    return true
                }
            }
            return false
        }
        for gold in candidates.indices {
            var seen = Set<Int>()
            _ = augment(gold, &seen)
        }
        let matchedGold = Set(owner.values)
        return EventGoldScore(
            extracted: nodes.count, gold: candidates.count, matched: owner.count,
            missed: goldNames.indices.filter { !matchedGold.contains($0) }.map { goldNames[$0] },
            spurious: nodes.indices.filter { owner[$0] == nil }.map {
                "\(nodes[$0].document.prefix(3)) \(nodes[$0].date?.iso ?? "-") \(nodes[$0].text)"
            })
    }

    /// A name as the gold compares names: case folded, punctuation to spaces, leading titles
    /// and trailing honorifics removed, a leading "the" dropped and "&" read as "and".
    public static func normalise(_ name: String) -> String {
        var words = NameKey.normalise(name).split(separator: " ").map(String.init)
        while let first = words.first, words.count > 1, leadingTitles.contains(first) { words.removeFirst() }
        while let last = words.last, words.count > 1, trailingHonorifics.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    private static let leadingTitles: Set<String> = [
        "councillor", "cllr", "pcso", "pc", "chief", "constable", "rt", "hon", "dr", "miss", "mr", "mrs", "ms",
        "sergeant", "insp", "inspector", "assistant",
    ]
    private static let trailingHonorifics: Set<String> = ["mp", "td", "obe", "mbe", "cbe", "qpm"]
}

private func rounded(_ value: Double) -> String {
    String(Double(Int(value * 1000 + 0.5)) / 1000)
}
