import DocGraphKit
import Testing

/// The check every extractor's tests call: the contract of ``Extractor`` as expectations.
///
/// Call it inside a `@Test`; failures are recorded as issues at the caller's location.
public enum ExtractorConformance {
    /// Runs the extractor twice on the same input and expects the same output; every mention and
    /// fact range inside the text on character boundaries; mention ids unique (also against the
    /// input's); each mention's text equal to the text of its range; facts joining known mention
    /// ids; and only mention labels and relationship types the manifest declares in `produces`.
    ///
    /// - Returns: the first run's additions for further checks, or `nil` when the extractor threw.
    @discardableResult
    public static func check(
        _ extractor: some Extractor, on document: Document, annotations: Annotations = Annotations(),
        context: ExtractionContext = ExtractionContext(), sourceLocation: SourceLocation = #_sourceLocation
    ) -> Annotations? {
        let id = extractor.manifest.id
        let first: Annotations
        let second: Annotations
        do {
            first = try extractor.extract(from: document, annotations: annotations, context: context)
            second = try extractor.extract(from: document, annotations: annotations, context: context)
        } catch {
            Issue.record("\(id) failed on \(document.name): \(error)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(first == second, "\(id) is not deterministic on \(document.name)", sourceLocation: sourceLocation)
        checkMentions(first, of: extractor.manifest, in: document, input: annotations, sourceLocation: sourceLocation)
        checkFacts(first, of: extractor.manifest, in: document, input: annotations, sourceLocation: sourceLocation)
        let declared = Set(extractor.manifest.produces)
        if !first.sentences.isEmpty && !declared.contains("sentences") {
            Issue.record("\(id) returns sentences but does not declare them", sourceLocation: sourceLocation)
        }
        if !first.tokens.isEmpty && !declared.contains("tokens") {
            Issue.record("\(id) returns tokens but does not declare them", sourceLocation: sourceLocation)
        }
        return first
    }

    private static func checkMentions(
        _ output: Annotations, of manifest: PluginManifest, in document: Document, input: Annotations,
        sourceLocation: SourceLocation
    ) {
        let declared = Set(manifest.produces)
        let utf8Count = document.text.utf8.count
        var ids = Set(input.mentions.map(\.id))
        for mention in output.mentions {
            let name = "mention \(mention.id) (\(mention.label))"
            if !ids.insert(mention.id).inserted {
                Issue.record("\(name): the id is not unique", sourceLocation: sourceLocation)
            }
            if !declared.contains(mention.label) {
                Issue.record("\(name): \(manifest.id) does not declare the label", sourceLocation: sourceLocation)
            }
            for range in [mention.range] + (mention.evidence.map { [$0] } ?? []) {
                if let problem = TextBoundaries.problem(with: range, in: document.text, utf8Count: utf8Count) {
                    Issue.record("\(name): \(problem)", sourceLocation: sourceLocation)
                }
            }
            if TextBoundaries.isInside(mention.range, utf8Count: utf8Count),
               mention.text != document.text(in: mention.range) {
                Issue.record("\(name): text '\(mention.text)' is not the text of its range",
                             sourceLocation: sourceLocation)
            }
            if !(0...1).contains(mention.confidence) {
                Issue.record("\(name): confidence \(mention.confidence) is outside 0...1", sourceLocation: sourceLocation)
            }
        }
    }

    private static func checkFacts(
        _ output: Annotations, of manifest: PluginManifest, in document: Document, input: Annotations,
        sourceLocation: SourceLocation
    ) {
        let declared = Set(manifest.produces)
        let utf8Count = document.text.utf8.count
        let known = Set(input.mentions.map(\.id)).union(output.mentions.map(\.id))
        for fact in output.facts {
            let name = "fact \(fact.type) \(fact.from) -> \(fact.to)"
            if !declared.contains(fact.type) {
                Issue.record("\(name): \(manifest.id) does not declare the type", sourceLocation: sourceLocation)
            }
            if !known.contains(fact.from) || !known.contains(fact.to) {
                Issue.record("\(name): joins a mention id that does not exist", sourceLocation: sourceLocation)
            }
            if let problem = TextBoundaries.problem(with: fact.evidence, in: document.text, utf8Count: utf8Count) {
                Issue.record("\(name): \(problem)", sourceLocation: sourceLocation)
            }
            if !(0...1).contains(fact.confidence) {
                Issue.record("\(name): confidence \(fact.confidence) is outside 0...1", sourceLocation: sourceLocation)
            }
        }
    }
}
