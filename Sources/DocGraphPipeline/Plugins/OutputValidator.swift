import DocGraphKit

/// Checks one extractor's additions against its manifest and the document before the pipeline
/// merges them, so a faulty plugin cannot put things in the graph that nobody declared or that
/// point nowhere.
///
/// Whatever breaks a rule is dropped with a warning naming the plugin; the rest is kept:
/// - mentions and facts only of the labels and types the manifest `produces`
///   (sentences and tokens only when it produces `sentences` or `tokens`);
/// - every range (a mention's, its evidence, a fact's evidence) inside the text;
/// - mention ids unique among the annotations so far and the additions;
/// - facts only between mentions that exist (earlier ones or kept additions).
public struct OutputValidator: Sendable {
    public let manifest: PluginManifest
    private let produces: Set<String>

    public init(manifest: PluginManifest) {
        self.manifest = manifest
        self.produces = Set(manifest.produces)
    }

    /// The additions with every offending item dropped and a warning for each.
    ///
    /// - Parameters:
    ///   - output: what the extractor returned.
    ///   - document: the document it read.
    ///   - existing: the annotations it was given.
    public func validate(_ output: Annotations, for document: Document, existing: Annotations) -> Annotations {
        let textLength = document.text.utf8.count
        var result = Annotations(warnings: output.warnings)
        result.sentences = keepIfDeclared(output.sentences, kind: "sentences", warnings: &result.warnings)
        result.tokens = keepIfDeclared(output.tokens, kind: "tokens", warnings: &result.warnings)

        var ids = Set(existing.mentions.map(\.id))
        for mention in output.mentions {
            if let problem = problem(with: mention, textLength: textLength, ids: ids) {
                result.warnings.append("plugin \(manifest.id): \(problem); dropped")
            } else {
                ids.insert(mention.id)
                result.mentions.append(mention)
            }
        }
        for fact in output.facts {
            if let problem = problem(with: fact, textLength: textLength, ids: ids) {
                result.warnings.append("plugin \(manifest.id): \(problem); dropped")
            } else {
                result.facts.append(fact)
            }
        }
        return result
    }

    private func keepIfDeclared<Item>(_ items: [Item], kind: String, warnings: inout [String]) -> [Item] {
        guard !items.isEmpty, !produces.contains(kind) else { return items }
        warnings.append("plugin \(manifest.id): returned \(kind), which its manifest does not produce; dropped")
        return []
    }

    private func problem(with mention: Mention, textLength: Int, ids: Set<String>) -> String? {
        let what = "mention '\(mention.id)' (\(mention.label))"
        if !produces.contains(mention.label) {
            return "\(what) has a label its manifest does not produce"
        }
        if !isInside(mention.range, textLength) {
            return "\(what) lies at \(mention.range), outside the text (\(textLength) bytes)"
        }
        if let evidence = mention.evidence, !isInside(evidence, textLength) {
            return "\(what) has evidence at \(evidence), outside the text (\(textLength) bytes)"
        }
        if ids.contains(mention.id) {
            return "\(what) reuses the id of another mention"
        }
        return nil
    }

    private func problem(with fact: Fact, textLength: Int, ids: Set<String>) -> String? {
        let what = "fact \(fact.type) from '\(fact.from)' to '\(fact.to)'"
        if !produces.contains(fact.type) {
            return "\(what) has a type its manifest does not produce"
        }
        if let missing = [fact.from, fact.to].first(where: { !ids.contains($0) }) {
            return "\(what) refers to mention '\(missing)', which does not exist"
        }
        if !isInside(fact.evidence, textLength) {
            return "\(what) has evidence at \(fact.evidence), outside the text (\(textLength) bytes)"
        }
        return nil
    }

    /// True when a range is well formed and inside the text. Ranges decoded from JSON bypass
    /// ``TextRange``'s own check, so the order of the ends is checked too.
    private func isInside(_ range: TextRange, _ textLength: Int) -> Bool {
        range.start >= 0 && range.start <= range.end && range.end <= textLength
    }
}
