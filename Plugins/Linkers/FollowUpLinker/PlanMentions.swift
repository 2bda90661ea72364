import DocGraphKit

/// The plans a document's windows name, found while its text is at hand, so the corpus need
/// not keep every document's text for the few windows weighed against a commitment's plan.
///
/// A window's text is its passages' texts joined by a space. A plan is named there when one of
/// its passages names it, or when the name runs across the join: the first passage ends with
/// the words before one of the name's spaces and the next begins with the words after it.
/// Names are compared in lower case; an empty name names nothing.
struct PlanMentions: Sendable {
    /// The plan names each passage names on its own, by passage; only passages naming one.
    private var alone: [Int: [String]] = [:]
    /// The plan names that run from passage `p` into `p + 1`, by `p`.
    private var across: [Int: [String]] = [:]

    /// No plan named anywhere.
    init() {}

    /// Finds the `names` (in lower case) in the passages of a document's `text`, given as their
    /// UTF-8 ranges in order. A passage of ASCII only is searched as bytes, the text lower-cased
    /// once; any other, and the join of a pair with one, as strings (``init(passages:names:)``'s
    /// way), so the answer is the same.
    init(text: String, passages ranges: [TextRange], names: [String]) {
        self.init()
        let names = names.filter { !$0.isEmpty }
        guard !names.isEmpty else { return }
        var lower = Array(text.utf8)
        let bounded = ranges.map { max(0, min($0.start, lower.count))..<max(0, min($0.end, lower.count)) }
        let isASCII = bounded.map { lower[$0].allSatisfy { $0 < 0x80 } }
        for index in lower.indices where lower[index] &- UInt8(ascii: "A") < 26 { lower[index] |= 0x20 }
        var strings: [Int: String] = [:]
        func string(_ passage: Int) -> String {
            if let string = strings[passage] { return string }
            let string = Document.slice(text, ranges[passage]).lowercased()
            strings[passage] = string
            return string
        }
        for name in names {
            let pattern = Array(name.utf8)
            // A name with other letters than ASCII's cannot be in a passage of ASCII only.
            let asciiName = pattern.allSatisfy { $0 < 0x80 }
            for index in bounded.indices {
                let found = isASCII[index] ? asciiName && Self.find(pattern, in: lower[bounded[index]]) : string(index).contains(name)
                if found { alone[index, default: []].append(name) }
            }
            for index in bounded.indices.dropLast() {
                let runs = isASCII[index] && isASCII[index + 1]
                    ? asciiName && Self.runsAcross(pattern, from: lower[bounded[index]], into: lower[bounded[index + 1]])
                    : Self.runsAcross(name, from: string(index), into: string(index + 1))
                if runs { across[index, default: []].append(name) }
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
        let names = names.filter { !$0.isEmpty }
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
