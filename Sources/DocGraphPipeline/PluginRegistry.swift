import DocGraphKit

/// The plugins one run uses: readers, extractors and linkers.
///
/// A value, not a global: the command-line tool builds it from DocGraphBuiltins and
/// `docgraph.yaml`, and tests build their own.
public struct PluginRegistry: Sendable {
    public var readers: [any DocumentReader]
    public var extractors: [any Extractor]
    public var linkers: [any Linker]

    public init(readers: [any DocumentReader] = [], extractors: [any Extractor] = [], linkers: [any Linker] = []) {
        self.readers = readers
        self.extractors = extractors
        self.linkers = linkers
    }

    /// Every plugin's manifest: readers, then extractors, then linkers.
    public var manifests: [PluginManifest] {
        readers.map(\.manifest) + extractors.map(\.manifest) + linkers.map(\.manifest)
    }
}
