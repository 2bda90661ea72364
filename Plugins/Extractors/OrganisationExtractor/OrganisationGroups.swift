import DocGraphKit

/// Groups one document's findings into bodies: a reference joins the body it names, a shorter
/// spelling joins a longer one holding the same words in order with the same first and last
/// word when the words it lacks are plain English ("Joint Audit Committee", "Joint Independent
/// Audit Committee"; never "Office of the Police and Crime Commissioner" and "Office of the West
/// Midlands Police and Crime Commissioner"), and abbreviations become aliases.
struct OrganisationGroups {
    struct Group {
        var name: String
        var kind: String
        var aliases: [String]
    }

    private var groups: [String: Group] = [:]
    private var canonical: [String: String] = [:]

    init(findings: [FoundOrganisation], words: [NameWord], isPlainWord: (String) -> Bool) {
        // Each spelling once, with its words; longest first, so each shorter spelling finds the
        // fullest one holding it.
        var spellings: [(finding: FoundOrganisation, folded: [String])] = []
        var seen = Set<String>()
        for finding in findings where finding.refersTo == nil && seen.insert(NameKey.normalise(finding.name)).inserted {
            spellings.append((finding, finding.words.filter { words[$0].kind == .word }.map { words[$0].folded }))
        }
        let byLength = spellings.sorted { $0.folded.count > $1.folded.count }
        for (finding, mine) in byLength {
            let key = NameKey.normalise(finding.name)
            guard canonical[key] == nil else { continue }
            let holder = byLength.first { other in
                let theirs = other.folded
                return theirs.count > mine.count && theirs.first == mine.first && theirs.last == mine.last
                    && Self.isSubsequence(mine, of: theirs)
                    && theirs.filter { !mine.contains($0) }.allSatisfy(isPlainWord)
            }?.finding
            let target = holder.map { canonical[NameKey.normalise($0.name)] ?? $0.name } ?? finding.name
            canonical[key] = target
            if groups[NameKey.normalise(target)] == nil {
                groups[NameKey.normalise(target)] = Group(name: target, kind: finding.kind, aliases: [])
            }
        }
        for finding in findings {
            let target = resolve(finding.refersTo ?? finding.name)
            let groupKey = NameKey.normalise(target)
            if groups[groupKey] == nil { groups[groupKey] = Group(name: target, kind: finding.kind, aliases: []) }
            if let acronym = finding.acronym, !(groups[groupKey]?.aliases.contains(acronym) ?? true) {
                groups[groupKey]?.aliases.append(acronym)
            }
        }
    }

    private func resolve(_ name: String) -> String {
        var current = name
        var steps = 0
        while let next = canonical[NameKey.normalise(current)], next != current, steps < 8 {
            current = next
            steps += 1
        }
        return current
    }

    /// The body a finding belongs to.
    func group(of finding: FoundOrganisation) -> Group {
        let target = resolve(finding.refersTo ?? finding.name)
        return groups[NameKey.normalise(target)] ?? Group(name: target, kind: finding.kind, aliases: [])
    }

    static func isSubsequence(_ short: [String], of long: [String]) -> Bool {
        var index = long.startIndex
        for word in short {
            guard let found = long[index...].firstIndex(of: word) else { return false }
            index = found + 1
        }
        return true
    }
}
