import DocGraphKit

/// Runs a ``RulePack`` over a document's tokens and returns a mention for each match.
///
/// Rules match within one sentence at a time (or one block, when the text analysis found no
/// sentences; or the whole text, when there are no blocks either). Overlapping matches are
/// settled by the pack's ``OverlapRule``: the longest wins, then the earliest, then the rule
/// written first. A rule limited to a section matches only inside that section.
///
/// Each mention has the rule's label, the rule's `id` as its key, the rule's properties, the
/// sentence as evidence, the pack's id as extractor and id `<pack id>#<n>` in text order. A rule
/// with `trim` lists has their phrases cut from the ends of its mentions (see
/// ``EntityPattern/trim``), looked up in the run's word lists (`context.wordLists`).
public struct RulePackExtractor: Extractor {
    public let pack: RulePack
    private let matcher: RuleMatcher

    public init(pack: RulePack) {
        self.pack = pack
        self.matcher = RuleMatcher(patterns: pack.patterns)
    }

    public var manifest: PluginManifest { pack.manifest }

    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        let tokens = annotations.tokens
        guard !tokens.isEmpty else {
            if document.text.contains(where: { !$0.isWhitespace }) {
                return Annotations(warnings: ["rule pack \(manifest.id): the document has no tokens, so no rule could match"])
            }
            return Annotations()
        }
        let features = tokens.map { TokenFeatures($0.text) }
        let sections = RulePackSection.ranges(of: pack.sections, in: document.text)
        var matches: [RuleMatch] = []
        var evidence: [Int: TextRange] = [:]
        for (run, passage) in runs(annotations, document) {
            for match in matcher.matches(in: run, tokens: tokens, features: features) {
                let range = TextRange(start: tokens[match.start].range.start, end: tokens[match.end - 1].range.end)
                if let section = pack.patterns[match.pattern].section,
                   !(sections[section] ?? []).contains(where: { $0.contains(range) }) {
                    continue
                }
                matches.append(match)
                if let passage { evidence[match.start] = passage }
            }
        }
        let kept = RuleMatch.select(matches, rule: pack.overlaps) { pack.patterns[$0].label }
        var result = Annotations()
        for (number, match) in kept.enumerated() {
            let pattern = pack.patterns[match.pattern]
            let (kept, properties) = trimmed(
                match, pattern: pattern, tokens: tokens, text: document.text, lists: context.wordLists)
            let range = TextRange(start: tokens[kept.lowerBound].range.start, end: tokens[kept.upperBound - 1].range.end)
            result.mentions.append(Mention(
                id: "\(manifest.id)#\(number + 1)", label: pattern.label, range: range, text: document.text(in: range),
                properties: properties, key: pattern.key, evidence: evidence[match.start],
                extractor: manifest.id, confidence: pack.confidence))
        }
        return result
    }

    /// The runs of tokens rules match within, as token index ranges, each with the passage that
    /// serves as evidence (the sentence), if there is one.
    private func runs(_ annotations: Annotations, _ document: Document) -> [(Range<Int>, TextRange?)] {
        if !annotations.sentences.isEmpty {
            return annotations.sentences.map { (annotations.tokens(inside: $0.range).indices, $0.range) }
        }
        if !document.blocks.isEmpty {
            return document.blocks.map { (annotations.tokens(inside: $0.range).indices, nil) }
        }
        return [(annotations.tokens.indices, nil)]
    }
}
