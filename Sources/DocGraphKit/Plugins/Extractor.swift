/// A plugin that reads one document and the annotations so far and returns what it adds.
///
/// The pipeline runs extractors in the order their manifests' `needs` and `produces` imply,
/// runs documents concurrently, confines a thrown error to its document, and rejects output
/// of kinds the manifest does not declare. Output must be deterministic.
public protocol Extractor: Sendable {
    var manifest: PluginManifest { get }
    /// Returns only the additions: new mentions, facts and warnings.
    func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations
}
