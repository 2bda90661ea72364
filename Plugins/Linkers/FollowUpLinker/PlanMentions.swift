import DocGraphKit

/// The plans a document's windows name, found while its text is at hand, so the corpus need
/// not keep every document's text for the few windows weighed against a commitment's plan.
///
/// A window's text is its passages' texts joined by a space. A plan is named there when one of
/// its passages names it, or when the name runs across the join: the first passage ends with
/// the words before one of the name's spaces and the next begins with the words after it.
/// Names are compared in lower case.
struct PlanMentions: Sendable {
    /// The plan names each passage names on its own, by passage; only passages naming one.
    private var alone: [Int: [String]] = [:]
    /// The plan names that run from passage `p` into `p + 1`, by `p`.
    private var across: [Int: [String]] = [:]

    /// No plan named anywhere.
    init() {}

    /// Finds the `names` (in lower case) in the passages of a document's `text`, given as their
    /// UTF-8 ranges in order. A text of ASCII only is searched as bytes, lower-cased once; any
    /// other is searched passage by passage as strings.
    init(text: String, passages ranges: [TextRange], names: [String]) {
        guard !names.isEmpty else {
            self.init()
            return
        }
        var lower = Array(text.utf8)
        guard lower.allSatisfy({ $0 < 0x80 }) else {
            self.init(passages: ranges.map { Document.slice(text, $0) }, names: names)
            return
        }
        self.init()
        for index in lower.indices where lower[index] &- UInt8(ascii: "A") < 26 { lower[index] |= 0x20 }
        let bounded = ranges.map { max(0, min($0.start, lower.count))..<max(0, min($0.end, lower.count)) }
        for name in names {
            let pattern = Array(name.utf8)
            // A name with other letters than ASCII's cannot be in a text of ASCII only.
            guard !pattern.isEmpty, pattern.allSatisfy({ $0 < 0x80 }) else { continue }
            for (index, range) in bounded.enumerated() where Self.find(pattern, in: lower[range]) {
                alone[index, default: []].append(name)
            }
            for index in bounded.indices.dropLast()
            where Self.runsAcross(pattern, from: lower[bounded[index]], into: lower[bounded[index + 1]]) {
                across[index, default: []].append(name)
            }
        }
    }

    /// True when `pattern` occurs in `bytes`.
    static func find(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first, pattern.count <= bytes.count else { return false }
        var start = bytes.startIndex
        let last = bytes.endIndex - pattern.count
        while start <= last {
            if bytes[start] == first && bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
            start += 1
        }
        return false
    }

    /// True when `pattern` spans the space that joins `first` and `second`, as bytes.
    static func runsAcross(_ pattern: [UInt8], from first: ArraySlice<UInt8>, into second: ArraySlice<UInt8>) -> Bool {
        for space in pattern.indices where pattern[space] == UInt8(ascii: " ") {
            let before = pattern[..<space]
            let after = pattern[(space + 1)...]
            if before.count <= first.count && after.count <= second.count
                && first.suffix(before.count).elementsEqual(before) && second.prefix(after.count).elementsEqual(after) {
                return true
            }
        }
        return false
    }

    /// Finds the `names` (in lower case) in a document's passages, given as their texts in order.
    init(passages texts: [String], names: [String]) {
        guard !names.isEmpty else { return }
        var previous: String?
        for (index, text) in texts.enumerated() {
            let lower = text.lowercased()
            let named = names.filter { lower.contains($0) }
            if !named.isEmpty { alone[index] = named }
            if let previous {
                let joined = names.filter { Self.runsAcross($0, from: previous, into: lower) }
                if !joined.isEmpty { across[index - 1] = joined }
            }
            previous = lower
        }
    }

    /// True when the text of the passages of `window` (one or two, in order) names `name` (in lower case).
    func names(_ name: String, in window: Range<Int>) -> Bool {
        if window.contains(where: { alone[$0]?.contains(name) == true }) { return true }
        return window.dropLast().contains { across[$0]?.contains(name) == true }
    }

    /// True when `name` spans the space that joins `first` and `second`.
    static func runsAcross(_ name: String, from first: String, into second: String) -> Bool {
        var index = name.startIndex
        while let space = name[index...].firstIndex(of: " ") {
            if first.hasSuffix(name[..<space]) && second.hasPrefix(name[name.index(after: space)...]) { return true }
            index = name.index(after: space)
        }
        return false
    }
}
