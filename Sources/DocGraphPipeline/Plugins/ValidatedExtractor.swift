import DocGraphKit

/// An extractor whose additions pass through an ``OutputValidator`` before the pipeline merges
/// them, so the pipeline's own loop needs no change to enforce the manifest.
public struct ValidatedExtractor: Extractor {
    public let base: any Extractor
    private let validator: OutputValidator

    public init(_ base: any Extractor) {
        self.base = base
        self.validator = OutputValidator(manifest: base.manifest)
    }

    public var manifest: PluginManifest { base.manifest }

    public func extract(from document: Document, annotations: Annotations, context: ExtractionContext) throws -> Annotations {
        let additions = try base.extract(from: document, annotations: annotations, context: context)
        return validator.validate(additions, for: document, existing: annotations)
    }
}
