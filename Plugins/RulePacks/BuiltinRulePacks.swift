import Foundation

/// The rule packs that ship with docgraph, as folders inside this module's resources.
///
/// `core` holds the general domain words the built-in extractors read (titles and honorifics,
/// organisation words, role words, pledge, delivery, meeting and decision phrases) both as
/// mentions and, through the pipeline, as word lists. It holds no names of particular people or
/// organisations. A pack is loaded with `RulePack.load(from:)` in DocGraphPipeline.
public enum BuiltinRulePacks {
    /// The folder of the `core` pack.
    public static var core: URL {
        Bundle.module.url(forResource: "core", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("core")
    }

    /// Every built-in pack's folder, in the order they load.
    public static var all: [URL] { [core] }
}
