/// One place a rule matched: tokens `start..<end` of the document and the rule's index in the pack.
struct RuleMatch: Hashable, Sendable {
    let start: Int
    let end: Int
    let pattern: Int

    var length: Int { end - start }

    /// True when the two matches share a token.
    func overlaps(_ other: RuleMatch) -> Bool {
        other.start < end && start < other.end
    }

    /// The matches to keep: longest first, then earliest, then the rule written first; a match
    /// that overlaps one already kept (of any label, or of its own label with `perLabel`) is
    /// dropped. The result is in text order.
    static func select(_ matches: [RuleMatch], rule: OverlapRule, label: (Int) -> String) -> [RuleMatch] {
        let ranked = matches.sorted {
            ($1.length, $0.start, $0.pattern) < ($0.length, $1.start, $1.pattern)
        }
        var kept: [String: [RuleMatch]] = [:]
        for match in ranked {
            let group = rule == .all ? "" : label(match.pattern)
            if kept[group, default: []].contains(where: { $0.overlaps(match) }) { continue }
            kept[group, default: []].append(match)
        }
        return kept.values.joined().sorted { ($0.start, $0.end, $0.pattern) < ($1.start, $1.end, $1.pattern) }
    }
}
