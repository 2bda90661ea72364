import DocGraphKit

extension RulePackExtractor {
    /// The longest phrase a trim list is tried with, in tokens.
    static let longestTrimmedPhrase = 4

    /// Cuts phrases of the pattern's trim lists from both ends of a match, keeping at least one
    /// token, and records each cut phrase, as written, under the list's name.
    ///
    /// - Returns: the tokens left and the properties with the cut phrases added.
    func trimmed(
        _ match: RuleMatch, pattern: EntityPattern, tokens: [Token], text: String, lists: WordLists
    ) -> (tokens: Range<Int>, properties: Properties) {
        var properties = pattern.properties
        guard !pattern.trim.isEmpty else { return (match.start..<match.end, properties) }
        var start = match.start
        var end = match.end
        func cut(_ range: Range<Int>) -> Bool {
            let phrase = Document.slice(text, TextRange(start: tokens[range.lowerBound].range.start,
                                                        end: tokens[range.upperBound - 1].range.end))
            let normalized = EntityPattern.normalizedPhrase(phrase, caseInsensitive: false)
            guard let list = pattern.trim.first(where: { lists.contains(normalized, in: $0) }) else { return false }
            var values = properties[list]?.stringList ?? []
            values.append(normalized)
            properties[list] = .list(values.map(PropertyValue.string))
            return true
        }
        var progress = true
        while progress {
            progress = false
            for length in stride(from: min(Self.longestTrimmedPhrase, end - start - 1), through: 1, by: -1) {
                if cut(start..<(start + length)) { start += length; progress = true; break }
                if cut((end - length)..<end) { end -= length; progress = true; break }
            }
        }
        return (start..<end, properties)
    }
}
