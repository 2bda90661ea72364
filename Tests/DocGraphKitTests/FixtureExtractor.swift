import DocGraphKit

/// An extractor that labels the first word, or breaks the contract on request.
struct FixtureExtractor: Extractor {
    var undeclared = false
    var cutsCharacter = false
    let manifest = PluginManifest(id: "fixture.v1", name: "Fixture", summary: "test", kind: .extractor,
                                  produces: ["WORD"])

    func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        let end = cutsCharacter ? 1 : 2
        let range = TextRange(start: 0, end: end)
        return Annotations(mentions: [
            Mention(id: "fixture.v1#1", label: undeclared ? "Person" : "WORD", range: range,
                    text: document.text(in: range), extractor: manifest.id),
        ])
    }
}
