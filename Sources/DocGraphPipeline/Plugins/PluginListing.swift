import DocGraphKit

/// One plugin as `docgraph plugins` lists it: its manifest and whether this run uses it.
public struct PluginListing: Hashable, Sendable {
    public var manifest: PluginManifest
    public var enabled: Bool

    public init(manifest: PluginManifest, enabled: Bool) {
        self.manifest = manifest
        self.enabled = enabled
    }
}
