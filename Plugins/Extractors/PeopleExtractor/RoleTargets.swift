import DocGraphKit

/// Chooses the Organisation mention a role is held in: the one the text names with the role;
/// for an office named with an area ("Commissioner for West Mercia") the police force of that
/// area; for a police rank the force named in the sentence, or else the force the document
/// names most; for a councillor, a council named in the sentence.
struct RoleTargets {
    let organisations: [Mention]

    func body(for role: FoundRole, near range: TextRange, sentence: TextRange) -> Mention? {
        if let id = role.organisation { return organisations.first { $0.id == id } }
        let forces = organisations.filter { kind(of: $0) == "police force" }
        if let area = role.area.map(NameKey.normalise), !area.isEmpty, role.bodyKind == "office" || role.bodyKind == "police" {
            return nearest(forces.filter { NameKey.normalise(name(of: $0)).hasPrefix(area + " ") }, to: range)
        }
        switch role.bodyKind {
        case "police":
            let inSentence = forces.filter { sentence.contains($0.range) }
            return inSentence.isEmpty ? mostNamed(forces) : nearest(inSentence, to: range)
        case "council":
            return nearest(organisations.filter { kind(of: $0) == "council" && sentence.contains($0.range) }, to: range)
        default:
            return nil
        }
    }

    /// The body named most often (the document's own force), the first named on a tie.
    private func mostNamed(_ candidates: [Mention]) -> Mention? {
        var counts: [String: Int] = [:]
        for mention in candidates { counts[mention.key ?? mention.text, default: 0] += 1 }
        return candidates.sorted { $0.range < $1.range }.max { left, right in
            (counts[left.key ?? left.text] ?? 0) < (counts[right.key ?? right.text] ?? 0)
        }
    }

    private func nearest(_ candidates: [Mention], to range: TextRange) -> Mention? {
        let before = candidates.filter { $0.range.end <= range.start }
        return before.max { $0.range < $1.range } ?? candidates.min { $0.range < $1.range }
    }

    private func kind(of mention: Mention) -> String {
        mention.properties["kind"]?.stringValue ?? ""
    }

    private func name(of mention: Mention) -> String {
        mention.properties["name"]?.stringValue ?? mention.text
    }
}
